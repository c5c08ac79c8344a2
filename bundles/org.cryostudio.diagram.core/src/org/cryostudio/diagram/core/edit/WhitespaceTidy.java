package org.cryostudio.diagram.core.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * Edits as a person would make them. Deletions: the serializer removes exactly the element's
 * text, which leaves its indentation and line break behind; a deletion that covers all non-blank
 * text of its lines is widened to those whole lines, and if that leaves two blank lines in a row
 * one goes too. Insertions: the serializer reuses the white space it inserts into, so a new
 * element before a closing brace would start in that brace's column; inserted lines are
 * indented canonically instead, one tab per enclosing brace.
 */
final class WhitespaceTidy {

	private WhitespaceTidy() {
	}

	static List<TextEdit> tidy(String text, List<TextEdit> edits) {
		List<TextEdit> result = new ArrayList<>(edits.size());
		for (TextEdit e : edits) {
			result.add(e.text().isEmpty() ? widen(text, e) : indent(text, e));
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

	/** Re-indents the lines an edit starts, when it only replaces white space (a new element). */
	static TextEdit indent(String text, TextEdit e) {
		if (!text.substring(e.offset(), e.end()).isBlank() || e.text().isBlank()) {
			return e;
		}
		int depth = depthAt(text, e.offset());
		StringBuilder sb = new StringBuilder(e.text().length() + 16);
		boolean lineStart = e.offset() == 0 || text.charAt(e.offset() - 1) == '\n';
		String t = e.text();
		int i = 0;
		while (i < t.length()) {
			if (lineStart) {
				while (i < t.length() && isBlank(t.charAt(i))) {
					i++;
				}
				// indent a line with content; at the end of the edit, the original line's own text follows
				char next = i < t.length() ? t.charAt(i) : nextNonBlank(text, e.end());
				if (next != '\n' && next != '\r' && next != 0) {
					sb.append("\t".repeat(Math.max(0, next == '}' ? depth - 1 : depth)));
				}
				if (i >= t.length()) {
					// the original text after the edit keeps its indentation: drop it there
					return new TextEdit(e.offset(), skipBlank(text, e.end()) - e.offset(), sb.toString());
				}
				lineStart = false;
			}
			char c = t.charAt(i++);
			sb.append(c);
			if (c == '{') {
				depth++;
			} else if (c == '}') {
				depth--;
			} else if (c == '\n') {
				lineStart = true;
			}
		}
		return new TextEdit(e.offset(), e.length(), sb.toString());
	}

	/** @return how many braces are open at {@code offset}, outside comments and strings */
	static int depthAt(String text, int offset) {
		int depth = 0;
		for (int i = 0; i < offset; i++) {
			char c = text.charAt(i);
			if (c == '/' && i + 1 < offset && text.charAt(i + 1) == '/') {
				int nl = text.indexOf('\n', i);
				i = nl < 0 ? offset : nl;
			} else if (c == '/' && i + 1 < offset && text.charAt(i + 1) == '*') {
				int end = text.indexOf("*/", i + 2);
				i = end < 0 ? offset : end + 1;
			} else if (c == '"') {
				int end = text.indexOf('"', i + 1);
				i = end < 0 ? offset : end;
			} else if (c == '{') {
				depth++;
			} else if (c == '}') {
				depth--;
			}
		}
		return Math.max(0, depth);
	}

	private static char nextNonBlank(String text, int from) {
		int i = skipBlank(text, from);
		return i < text.length() ? text.charAt(i) : 0;
	}

	private static int skipBlank(String text, int from) {
		int i = from;
		while (i < text.length() && isBlank(text.charAt(i))) {
			i++;
		}
		return i;
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
