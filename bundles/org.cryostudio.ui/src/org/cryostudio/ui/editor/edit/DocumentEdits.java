package org.cryostudio.ui.editor.edit;

import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.text.edits.MalformedTreeException;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;

/**
 * Applies the language's edits (LSP ranges over the text they were computed for) to a document,
 * changing only the replaced regions so that caret, markers, folding and undo history survive.
 */
public final class DocumentEdits {

	private DocumentEdits() {
	}

	/** Applies the edits in one document change sequence; wrap in a compound change for one undo step. */
	public static void apply(IDocument document, List<? extends TextEdit> edits) throws BadLocationException {
		MultiTextEdit all = new MultiTextEdit();
		for (TextEdit edit : edits) {
			int start = offset(document, edit.getRange().getStart());
			int end = offset(document, edit.getRange().getEnd());
			String replaced = document.get(start, end - start);
			if (!replaced.equals(edit.getNewText())) {
				all.addChild(new ReplaceEdit(start, end - start, edit.getNewText()));
			}
		}
		if (!all.hasChildren()) {
			return;
		}
		try {
			all.apply(document, org.eclipse.text.edits.TextEdit.NONE);
		} catch (MalformedTreeException e) {
			throw new BadLocationException("overlapping edits: " + e.getMessage());
		}
	}

	/** @return the document offset of an LSP position */
	public static int offset(IDocument document, Position position) throws BadLocationException {
		int line = Math.min(position.getLine(), document.getNumberOfLines() - 1);
		int lineOffset = document.getLineOffset(line);
		int lineLength = document.getLineLength(line);
		return lineOffset + Math.min(position.getCharacter(), lineLength);
	}
}
