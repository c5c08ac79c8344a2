package org.cryostudio.ui.editor.edit;

import org.cryostudio.ui.workspace.SpecAccess;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.rename.IRenameService2;

/** Renames an element and every reference to it, in all specs, with the language's rename service. */
public final class Renaming {

	/** What can be renamed at an offset: the current name, or null if nothing can. */
	public record Target(String name) {
	}

	private Renaming() {
	}

	/** @return the element name at the offset if the language can rename it there (worker thread) */
	public static Target prepare(SpecAccess spec, int offset) {
		IRenameService2 service = spec.service(IRenameService2.class);
		if (service == null) {
			return new Target(null);
		}
		IRenameService2.PrepareRenameOptions options = new IRenameService2.PrepareRenameOptions();
		options.setLanguageServerAccess(spec.serverAccess());
		options.setCancelIndicator(spec.cancelIndicator());
		options.setParams(new PrepareRenameParams(id(spec), spec.document().getPosition(offset)));
		Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> result = service.prepareRename(options);
		if (result == null) {
			return new Target(null);
		}
		if (result.isSecond()) {
			return new Target(result.getSecond().getPlaceholder());
		}
		if (result.isFirst()) {
			return new Target(spec.document().getSubstring(result.getFirst()));
		}
		return new Target(null);
	}

	/** @return the edits that rename the element at the offset (worker thread) */
	public static WorkspaceEdit rename(SpecAccess spec, int offset, String newName) {
		IRenameService2 service = spec.service(IRenameService2.class);
		if (service == null) {
			return null;
		}
		IRenameService2.Options options = new IRenameService2.Options();
		options.setLanguageServerAccess(spec.serverAccess());
		options.setCancelIndicator(spec.cancelIndicator());
		options.setRenameParams(new RenameParams(id(spec), spec.document().getPosition(offset), newName));
		return service.rename(options);
	}

	private static TextDocumentIdentifier id(SpecAccess spec) {
		return new TextDocumentIdentifier(new UriExtensions().toUriString(spec.uri()));
	}
}
