package org.cryostudio.ui.editor.assist;

import java.util.ArrayList;
import java.util.List;

import org.cryostudio.ui.workspace.SpecAccess;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertReplaceEdit;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.contentassist.ContentAssistService;

/**
 * One completion proposal of the language's content assist, in editor offsets.
 *
 * @param label         what the list shows
 * @param detail        a short description (shown after the label), may be empty
 * @param kind          what is proposed (keyword, reference, unit ...)
 * @param documentation longer help, may be empty
 * @param offset        start of the text it replaces (the prefix typed so far)
 * @param length        length of the text it replaces at the time of the request
 * @param text          the replacement
 */
public record Completion(String label, String detail, CompletionItemKind kind, String documentation, int offset,
		int length, String text) {

	/** Asks the language's {@link ContentAssistService} at an offset (worker thread). */
	public static List<Completion> at(SpecAccess spec, int offset) {
		ContentAssistService service = spec.service(ContentAssistService.class);
		if (service == null) {
			return List.of();
		}
		Document document = spec.document();
		CompletionParams params = new CompletionParams(
				new TextDocumentIdentifier(new UriExtensions().toUriString(spec.uri())), document.getPosition(offset));
		CompletionList list = service.createCompletionList(document, spec.resource(), params, spec.cancelIndicator());
		List<Completion> result = new ArrayList<>();
		for (CompletionItem item : list.getItems()) {
			result.add(of(item, document, offset));
		}
		return result;
	}

	private static Completion of(CompletionItem item, Document document, int offset) {
		int start = offset;
		int end = offset;
		String text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
		Either<TextEdit, InsertReplaceEdit> edit = item.getTextEdit();
		if (edit != null && edit.isLeft()) {
			start = document.getOffSet(edit.getLeft().getRange().getStart());
			end = document.getOffSet(edit.getLeft().getRange().getEnd());
			text = edit.getLeft().getNewText();
		} else if (edit != null && edit.isRight()) {
			start = document.getOffSet(edit.getRight().getReplace().getStart());
			end = document.getOffSet(edit.getRight().getReplace().getEnd());
			text = edit.getRight().getNewText();
		}
		String docs = "";
		Either<String, MarkupContent> documentation = item.getDocumentation();
		if (documentation != null) {
			docs = documentation.isLeft() ? documentation.getLeft() : documentation.getRight().getValue();
		}
		return new Completion(item.getLabel(), item.getDetail() == null ? "" : item.getDetail(),
				item.getKind() == null ? CompletionItemKind.Text : item.getKind(), docs == null ? "" : docs, start,
				Math.max(0, end - start), text);
	}
}
