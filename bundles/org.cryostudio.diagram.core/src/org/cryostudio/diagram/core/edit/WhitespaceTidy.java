package org.cryostudio.diagram.core.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * Deletions as a person would make them: the serializer removes exactly the element's text, which
 * leaves its indentation and line break behind. A deletion that covers all non-blank text of its
 * lines is widened to those whole lines, and if that leaves two blank lines in a row one goes too.
 */
final class WhitespaceTidy {

	private WhitespaceTidy() {
	}

	static List<TextEdit> tidy(String text, List<TextEdit> edits) {
		List<TextEdit> result = new ArrayList<>(edits.size());
		for (TextEdit e : edits) {
			result.add(e.text().isEmpty() ? widen(text, e) : e);
		}
		return result;
	}

	private static TextEdit widen(String text, TextEdit e) {
		int start = e.offset();
		int end = e.end();
		int lineStart = start;
		while (lineStart > 0 && isBlank(text.charAt(lineStart - 1))) {
			lineStart--;
		}
		int lineEnd = end;
		while (lineEnd < text.length() && isBlank(text.charAt(lineEnd))) {
			lineEnd++;
		}
		boolean ownLines = (lineStart == 0 || text.charAt(lineStart - 1) == '\n')
				&& (lineEnd == text.length() || text.charAt(lineEnd) == '\n' || text.charAt(lineEnd) == '\r');
		if (!ownLines) {
			return e;
		}
		if (lineEnd < text.length() && text.charAt(lineEnd) == '\r') {
			lineEnd++;
		}
		if (lineEnd < text.length() && text.charAt(lineEnd) == '\n') {
			lineEnd++;
		}
		// a blank line before and a blank line after: keep only one
		if (blankLineEndsAt(text, lineStart) && blankLineStartsAt(text, lineEnd)) {
			lineEnd = endOfLine(text, lineEnd);
		}
		return new TextEdit(lineStart, lineEnd - lineStart, "");
	}

	private static boolean blankLineEndsAt(String text, int lineStart) {
		if (lineStart < 2 || text.charAt(lineStart - 1) != '\n') {
			return false;
		}
		int i = lineStart - 2;
		while (i >= 0 && isBlank(text.charAt(i))) {
			i--;
		}
		return i < 0 || text.charAt(i) == '\n';
	}

	private static boolean blankLineStartsAt(String text, int lineStart) {
		int i = lineStart;
		while (i < text.length() && isBlank(text.charAt(i))) {
			i++;
		}
		return i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r');
	}

	private static int endOfLine(String text, int from) {
		int i = text.indexOf('\n', from);
		return i < 0 ? text.length() : i + 1;
	}

	private static boolean isBlank(char c) {
		return c == ' ' || c == '\t';
	}
}
