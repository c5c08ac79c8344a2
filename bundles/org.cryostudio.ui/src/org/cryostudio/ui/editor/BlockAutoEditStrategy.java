package org.cryostudio.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentCommand;
import org.eclipse.jface.text.IAutoEditStrategy;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.TextUtilities;

/**
 * Indentation of blocks while typing: Enter after "{" indents the new line one level (and puts a "}"
 * that follows the caret on its own line); typing "}" on an otherwise blank line outdents it.
 */
final class BlockAutoEditStrategy implements IAutoEditStrategy {

	@Override
	public void customizeDocumentCommand(IDocument document, DocumentCommand command) {
		try {
			if (command.length == 0 && command.text != null
					&& TextUtilities.endsWith(document.getLegalLineDelimiters(), command.text) != -1) {
				afterNewLine(document, command);
			} else if ("}".equals(command.text) && command.length == 0) {
				closingBrace(document, command);
			}
		} catch (BadLocationException e) {
			// leave the command as typed
		}
	}

	private static void afterNewLine(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		if (!before.stripTrailing().endsWith("{")) {
			return;
		}
		String indent = leadingWhitespace(before);
		String delimiter = command.text;
		String after = document.get(command.offset, line.getOffset() + line.getLength() - command.offset);
		command.text = delimiter + indent + "\t";
		if (after.strip().startsWith("}")) {
			int brace = command.offset + after.indexOf('}');
			command.length = brace - command.offset;
			command.caretOffset = command.offset + command.text.length();
			command.shiftsCaret = false;
			command.text += delimiter + indent;
		}
	}

	private static void closingBrace(IDocument document, DocumentCommand command) throws BadLocationException {
		IRegion line = document.getLineInformationOfOffset(command.offset);
		String before = document.get(line.getOffset(), command.offset - line.getOffset());
		if (!before.isBlank() || before.isEmpty()) {
			return;
		}
		String outdented = before.endsWith("\t") ? before.substring(0, before.length() - 1)
				: before.substring(0, Math.max(0, before.length() - 4));
		command.offset = line.getOffset();
		command.length = before.length();
		command.text = outdented + "}";
	}

	private static String leadingWhitespace(String line) {
		int i = 0;
		while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
			i++;
		}
		return line.substring(0, i);
	}
}
