package org.cryostudio.dsl.ide;

import org.cryostudio.dsl.ide.contentassist.CryoContentProposalProvider;
import org.cryostudio.dsl.ide.hover.CryoHoverService;
import org.cryostudio.dsl.ide.quickfix.CryoQuickfixProvider;
import org.cryostudio.dsl.ide.symbol.CryoDocumentSymbolDetailsProvider;
import org.cryostudio.dsl.ide.symbol.CryoDocumentSymbolNameProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.codeActions.QuickFixCodeActionService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;

/**
 * IDE services of the Cryo language, shared by the language server and the desktop editor:
 * unit-aware content assist, hovers with physics facts, quick fixes as code actions, outline
 * names. Diagnostics, go to definition, formatting and rename are Xtext's, driven by the runtime
 * module (scoping, validator, formatter).
 */
public class CryoIdeModule extends AbstractCryoIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return CryoContentProposalProvider.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return CryoHoverService.class;
	}

	public Class<? extends IQuickFixProvider> bindIQuickFixProvider() {
		return CryoQuickfixProvider.class;
	}

	/** exposes the quick fixes as LSP code actions */
	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return QuickFixCodeActionService.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolMapper$DocumentSymbolNameProvider() {
		return CryoDocumentSymbolNameProvider.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolDetailsProvider> bindDocumentSymbolMapper$DocumentSymbolDetailsProvider() {
		return CryoDocumentSymbolDetailsProvider.class;
	}
}
