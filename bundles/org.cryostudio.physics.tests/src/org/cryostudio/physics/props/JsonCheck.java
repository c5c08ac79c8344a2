package org.cryostudio.physics.props;

/** A strict RFC 8259 syntax check for the tests (no library on the test class path). */
final class JsonCheck {

	private final String s;
	private int i;

	private JsonCheck(String s) {
		this.s = s;
	}

	static boolean isValid(String json) {
		JsonCheck c = new JsonCheck(json);
		try {
			c.value();
			c.ws();
			return c.i == json.length();
		} catch (RuntimeException e) {
			return false;
		}
	}

	private void ws() {
		while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
			i++;
		}
	}

	private void expect(char c) {
		ws();
		if (s.charAt(i) != c) {
			throw new IllegalStateException("expected " + c + " at " + i);
		}
		i++;
	}

	private void value() {
		ws();
		char c = s.charAt(i);
		if (c == '{') {
			i++;
			ws();
			if (s.charAt(i) == '}') {
				i++;
				return;
			}
			do {
				ws();
				string();
				expect(':');
				value();
				ws();
			} while (s.charAt(i++) == ',');
			if (s.charAt(i - 1) != '}') {
				throw new IllegalStateException("object");
			}
		} else if (c == '[') {
			i++;
			ws();
			if (s.charAt(i) == ']') {
				i++;
				return;
			}
			do {
				value();
				ws();
			} while (s.charAt(i++) == ',');
			if (s.charAt(i - 1) != ']') {
				throw new IllegalStateException("array");
			}
		} else if (c == '"') {
			string();
		} else if (s.startsWith("true", i) || s.startsWith("null", i)) {
			i += 4;
		} else if (s.startsWith("false", i)) {
			i += 5;
		} else {
			java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")
					.matcher(s).region(i, s.length());
			if (!m.lookingAt()) {
				throw new IllegalStateException("number at " + i);
			}
			i = m.end();
		}
	}

	private void string() {
		if (s.charAt(i) != '"') {
			throw new IllegalStateException("string at " + i);
		}
		i++;
		while (s.charAt(i) != '"') {
			char c = s.charAt(i);
			if (c < 0x20) {
				throw new IllegalStateException("control character in string");
			}
			if (c == '\\') {
				i++;
				char e = s.charAt(i);
				if (e == 'u') {
					if (!s.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
						throw new IllegalStateException("\\u");
					}
					i += 4;
				} else if ("\"\\/bfnrt".indexOf(e) < 0) {
					throw new IllegalStateException("escape");
				}
			}
			i++;
		}
		i++;
	}
}
