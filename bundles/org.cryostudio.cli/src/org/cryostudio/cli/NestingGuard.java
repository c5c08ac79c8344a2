package org.cryostudio.cli;

/**
 * Finds brackets nested deeper than a real spec ever needs, before the parser sees them: the
 * generated recursive-descent parser would overflow the stack on pathological input (found by
 * fuzzing), and the user would get no location. Comments and strings are skipped.
 */
final class NestingGuard {

	/** Far deeper than any spec (a system nests elements a few levels; units a few parentheses). */
	static final int MAX_DEPTH = 256;

	/** Where the limit is first crossed: 1-based line and column. */
	record Violation(int line, int column, int depth) {
	}

	private NestingGuard() {
	}

	/** @return the first place nesting exceeds {@link #MAX_DEPTH}, or null */
	static Violation check(CharSequence text) {
		int depth = 0;
		int line = 1;
		int column = 1;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			char next = i + 1 < n ? text.charAt(i + 1) : '\0';
			if (c == '/' && next == '/') {
				while (i < n && text.charAt(i) != '\n') {
					i++;
				}
				line++;
				column = 1;
				continue;
			}
			if (c == '/' && next == '*') {
				i += 2;
				column += 2;
				while (i < n && !(text.charAt(i) == '*' && i + 1 < n && text.charAt(i + 1) == '/')) {
					if (text.charAt(i) == '\n') {
						line++;
						column = 1;
					} else {
						column++;
					}
					i++;
				}
				i++;
				column += 2;
				continue;
			}
			if (c == '"') {
				i++;
				column++;
				while (i < n && text.charAt(i) != '"' && text.charAt(i) != '\n') {
					if (text.charAt(i) == '\\') {
						i++;
						column++;
					}
					i++;
					column++;
				}
			} else if (c == '(' || c == '{' || c == '[') {
				if (++depth > MAX_DEPTH) {
					return new Violation(line, column, depth);
				}
			} else if ((c == ')' || c == '}' || c == ']') && depth > 0) {
				depth--;
			}
			if (c == '\n') {
				line++;
				column = 1;
			} else {
				column++;
			}
		}
		return null;
	}
}
