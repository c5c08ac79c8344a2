package org.cryostudio.bench.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Derives new spec texts from seed specs by the edits engineers and editors make by mistake:
 * deleting, duplicating and swapping ranges and lines, inserting punctuation, replacing numbers
 * by absurd values (0, negative, 1e300, 1e-400, NaN), replacing units and names by other tokens
 * of the corpus, truncating, splicing two seeds, and long runs of one token (deep nesting). Deterministic for a given random generator.
 */
final class Mutator {

	private static final String[] NUMBERS = { "0", "-1", "-273.15", "1e300", "1e-400", "1e999", "NaN", "0.0",
			"99999999999999999999", "-0", "1.", ".5", "1e", "3e-12", "2147483648" };
	private static final String[] PUNCTUATION = { "{", "}", "(", ")", "*", "/", "-", ".", ",", "\"", "//", "/*",
			"*/", ":", "<", ">", "=", "\n", "\t", " ", "\u00b5", "\u2212", "\0" };

	private final List<String> seeds;
	private final List<String> tokens;

	Mutator(List<String> seeds, List<String> tokens) {
		this.seeds = seeds;
		this.tokens = tokens;
	}

	String mutate(SplittableRandom random) {
		String text = seeds.get(random.nextInt(seeds.size()));
		int edits = 1 + random.nextInt(4);
		for (int i = 0; i < edits; i++) {
			text = edit(text, random);
		}
		return text;
	}

	private String edit(String text, SplittableRandom random) {
		if (text.isEmpty()) {
			return tokens.get(random.nextInt(tokens.size()));
		}
		int a = random.nextInt(text.length());
		int b = Math.min(text.length(), a + 1 + random.nextInt(Math.max(1, Math.min(80, text.length() - a))));
		return switch (random.nextInt(11)) {
			case 0 -> text.substring(0, a) + text.substring(b); // delete a range
			case 1 -> text.substring(0, b) + text.substring(a, b) + text.substring(b); // duplicate a range
			case 2 -> text.substring(0, a) + pick(PUNCTUATION, random) + text.substring(a); // insert punctuation
			case 3 -> replaceNumber(text, random);
			case 4 -> replaceWord(text, random);
			case 5 -> text.substring(0, a); // truncate
			case 6 -> swapLines(text, random);
			case 7 -> {
				String other = seeds.get(random.nextInt(seeds.size()));
				int c = other.isEmpty() ? 0 : random.nextInt(other.length());
				yield text.substring(0, a) + other.substring(c); // splice two seeds
			}
			case 8 -> text.substring(0, a) + tokens.get(random.nextInt(tokens.size())) + " " + text.substring(a);
			// pathological size and nesting: recursive rules must not overflow the stack
			case 9 -> text.substring(0, a) + pick(PUNCTUATION, random).repeat(1 + random.nextInt(20_000)) + text.substring(a);
			default -> text.substring(0, a) + (char) random.nextInt(32, 0x250) + text.substring(a);
		};
	}

	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
	private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static String replaceNumber(String text, SplittableRandom random) {
		return replaceOneMatch(text, NUMBER, pick(NUMBERS, random), random);
	}

	private String replaceWord(String text, SplittableRandom random) {
		return replaceOneMatch(text, WORD, tokens.get(random.nextInt(tokens.size())), random);
	}

	/** Replaces one randomly chosen match of the pattern. */
	private static String replaceOneMatch(String text, java.util.regex.Pattern pattern, String replacement,
			SplittableRandom random) {
		var m = pattern.matcher(text);
		List<int[]> spans = new java.util.ArrayList<>();
		while (m.find()) {
			spans.add(new int[] { m.start(), m.end() });
		}
		if (spans.isEmpty()) {
			return text;
		}
		int[] s = spans.get(random.nextInt(spans.size()));
		return text.substring(0, s[0]) + replacement + text.substring(s[1]);
	}

	private static String swapLines(String text, SplittableRandom random) {
		String[] lines = text.split("\n", -1);
		if (lines.length < 2) {
			return text;
		}
		int i = random.nextInt(lines.length);
		int j = random.nextInt(lines.length);
		String t = lines[i];
		lines[i] = lines[j];
		lines[j] = t;
		return String.join("\n", lines);
	}

	private static String pick(String[] options, SplittableRandom random) {
		return options[random.nextInt(options.length)];
	}
}
