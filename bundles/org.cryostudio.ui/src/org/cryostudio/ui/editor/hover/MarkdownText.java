package org.cryostudio.ui.editor.hover;

import java.util.ArrayList;
import java.util.List;

/**
 * The small part of Markdown that hovers use (headings, bold, italics, inline code, code blocks,
 * rules), turned into plain text plus style runs, so a hover renders without a browser.
 */
public final class MarkdownText {

	public enum Style {
		BOLD, ITALIC, CODE, HEADING
	}

	/** A styled run of the plain text. */
	public record Run(int offset, int length, Style style) {
	}

	private final StringBuilder text = new StringBuilder();
	private final List<Run> runs = new ArrayList<>();

	private MarkdownText() {
	}

	public static MarkdownText parse(String markdown) {
		MarkdownText result = new MarkdownText();
		boolean inCode = false;
		String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.strip().startsWith("```")) {
				inCode = !inCode;
				continue;
			}
			if (inCode) {
				result.styled(line, Style.CODE);
			} else if (line.startsWith("#")) {
				result.styled(line.replaceFirst("^#+\\s*", ""), Style.HEADING);
			} else if (line.strip().matches("-{3,}|\\*{3,}|_{3,}")) {
				result.text.append("\u2500".repeat(24));
			} else {
				result.inline(line);
			}
			if (i < lines.length - 1) {
				result.text.append('\n');
			}
		}
		return result;
	}

	public String text() {
		return text.toString().strip();
	}

	/** @return the style runs, offsets relative to {@link #text()} */
	public List<Run> runs() {
		int lead = text.length() - text.toString().stripLeading().length();
		List<Run> shifted = new ArrayList<>();
		int end = text().length();
		for (Run r : runs) {
			int start = r.offset() - lead;
			int length = Math.min(r.length(), end - start);
			if (start >= 0 && length > 0) {
				shifted.add(new Run(start, length, r.style()));
			}
		}
		return shifted;
	}

	private void styled(String s, Style style) {
		int start = text.length();
		text.append(s);
		if (!s.isEmpty()) {
			runs.add(new Run(start, s.length(), style));
		}
	}

	private void inline(String line) {
		int i = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (c == '\\' && i + 1 < line.length()) {
				text.append(line.charAt(i + 1));
				i += 2;
			} else if (c == '`' && line.indexOf('`', i + 1) > i) {
				int end = line.indexOf('`', i + 1);
				styled(line.substring(i + 1, end), Style.CODE);
				i = end + 1;
			} else if (line.startsWith("**", i) && line.indexOf("**", i + 2) > i) {
				int end = line.indexOf("**", i + 2);
				styled(line.substring(i + 2, end), Style.BOLD);
				i = end + 2;
			} else if ((c == '*' || c == '_') && i + 1 < line.length() && line.charAt(i + 1) != ' '
					&& line.indexOf(c, i + 1) > i + 1) {
				int end = line.indexOf(c, i + 1);
				styled(line.substring(i + 1, end), Style.ITALIC);
				i = end + 1;
			} else {
				text.append(c);
				i++;
			}
		}
	}
}
