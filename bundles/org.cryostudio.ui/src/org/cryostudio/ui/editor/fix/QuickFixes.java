package org.cryostudio.ui.editor.fix;

import java.util.ArrayList;
import java.util.List;

import org.cryostudio.ui.workspace.SpecAccess;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;

/** The language's quick fixes for some diagnostics of a spec, with the edits they make (worker thread). */
public final class QuickFixes {

	/** A fix: what the user picks and what it changes. */
	public record Fix(String label, WorkspaceEdit edit) {
	}

	private QuickFixes() {
	}

	public static List<Fix> of(SpecAccess spec, List<Diagnostic> diagnostics) {
		ICodeActionService2 service = spec.service(ICodeActionService2.class);
		if (service == null || diagnostics.isEmpty()) {
			return List.of();
		}
		String uri = new UriExtensions().toUriString(spec.uri());
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setURI(uri);
		options.setDocument(spec.document());
		options.setResource(spec.resource());
		options.setLanguageServerAccess(spec.serverAccess());
		options.setCancelIndicator(spec.cancelIndicator());
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(uri),
				diagnostics.get(0).getRange(), new CodeActionContext(diagnostics)));
		List<Fix> fixes = new ArrayList<>();
		List<Either<Command, CodeAction>> actions = service.getCodeActions(options);
		if (actions != null) {
			for (Either<Command, CodeAction> action : actions) {
				if (action.isRight() && action.getRight().getEdit() != null) {
					fixes.add(new Fix(action.getRight().getTitle(), action.getRight().getEdit()));
				}
			}
		}
		return fixes;
	}
}
