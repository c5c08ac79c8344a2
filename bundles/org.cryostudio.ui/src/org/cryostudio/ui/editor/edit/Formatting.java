package org.cryostudio.ui.editor.edit;

import java.util.List;

import org.cryostudio.ui.workspace.SpecAccess;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.formatting.FormattingService;

/** The language's canonical formatting of a spec or a part of it, as edits (worker thread). */
public final class Formatting {

	/** Edits and the text version they apply to. */
	public record Result(Integer version, List<? extends TextEdit> edits) {
	}

	private Formatting() {
	}

	/**
	 * @param offset start of the part to format, or -1 for the whole spec
	 * @param length length of the part
	 */
	public static Result of(SpecAccess spec, int offset, int length, int tabWidth, boolean spaces) {
		FormattingService service = spec.service(FormattingService.class);
		if (service == null) {
			return new Result(spec.version(), List.of());
		}
		TextDocumentIdentifier id = new TextDocumentIdentifier(new UriExtensions().toUriString(spec.uri()));
		FormattingOptions options = new FormattingOptions(tabWidth, spaces);
		List<? extends TextEdit> edits;
		if (offset < 0) {
			edits = service.format(spec.document(), spec.resource(), new DocumentFormattingParams(id, options),
					spec.cancelIndicator());
		} else {
			Range range = new Range(spec.document().getPosition(offset), spec.document().getPosition(offset + length));
			edits = service.format(spec.document(), spec.resource(), new DocumentRangeFormattingParams(id, options, range),
					spec.cancelIndicator());
		}
		return new Result(spec.version(), edits);
	}
}
