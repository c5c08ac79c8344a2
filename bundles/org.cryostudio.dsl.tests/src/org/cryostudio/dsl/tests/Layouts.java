package org.cryostudio.dsl.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Layout damage for formatter tests, and the comments of a text. */
final class Layouts {

	private static final String[] BLANKS = { " ", "  ", "\t", " \t " };
	private static final String[] INDENTS = { "", " ", "\t\t", "   " };
	private static final Pattern COMMENT = Pattern.compile("//[^\n]*|/\\*.*?\\*/", Pattern.DOTALL);

	private Layouts() {
	}

	/**
	 * Re-spaces every line at random (indentation, the blanks between tokens, before a trailing
	 * comment) without touching line breaks or comments: the formatter must undo all of it.
	 */
	static String damage(String text, long seed) {
		Random random = new Random(seed);
		List<String> lines = new ArrayList<>();
		for (String line : text.split("\n", -1)) {
			String trimmed = line.strip();
			if (trimmed.startsWith("*") || trimmed.startsWith("/*")) {
				lines.add(line); // inside or start of a block comment: comment text is not layout
				continue;
			}
			int comment = line.indexOf("//");
			String code = (comment < 0 ? line : line.substring(0, comment)).strip();
			StringBuilder out = new StringBuilder(code.isEmpty() && comment < 0 ? "" : INDENTS[random.nextInt(INDENTS.length)]);
			Matcher blanks = Pattern.compile("[ \t]+").matcher(code);
			out.append(blanks.replaceAll(m -> BLANKS[random.nextInt(BLANKS.length)]));
			if (comment >= 0) {
				out.append(code.isEmpty() ? "" : BLANKS[random.nextInt(BLANKS.length)]).append(line.substring(comment));
			}
			lines.add(out.toString());
		}
		return String.join("\n", lines);
	}

	/** The comments of a spec, in order ({@code //} to the end of the line, {@code /* ... *}{@code /}). */
	static List<String> comments(String text) {
		List<String> found = new ArrayList<>();
		Matcher m = COMMENT.matcher(text);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}
}
