package org.cryostudio.ui.editor.hover;

import java.util.List;

import org.cryostudio.ui.workspace.SpecAccess;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.hover.IHoverService;

/** The language's hover (documentation and facts the language computes) at an offset, as Markdown. */
final class HoverText {

	private HoverText() {
	}

	/** @return Markdown, or an empty string where the language has nothing to say (worker thread) */
	static String at(SpecAccess spec, int offset) {
		IHoverService service = spec.service(IHoverService.class);
		if (service == null) {
			return "";
		}
		HoverParams params = new HoverParams(new TextDocumentIdentifier(new UriExtensions().toUriString(spec.uri())),
				spec.document().getPosition(offset));
		Hover hover = service.hover(spec.document(), spec.resource(), params, spec.cancelIndicator());
		if (hover == null || hover.getContents() == null) {
			return "";
		}
		Either<List<Either<String, MarkedString>>, MarkupContent> contents = hover.getContents();
		if (contents.isRight()) {
			return contents.getRight().getValue() == null ? "" : contents.getRight().getValue();
		}
		StringBuilder s = new StringBuilder();
		for (Either<String, MarkedString> part : contents.getLeft()) {
			if (s.length() > 0) {
				s.append("\n\n");
			}
			s.append(part.isLeft() ? part.getLeft() : "```\n" + part.getRight().getValue() + "\n```");
		}
		return s.toString();
	}
}
