package org.cryostudio.physics.props;

import java.util.Locale;

/** Minimal JSON text helpers: string escaping (RFC 8259, sec. 7) and finite numbers. */
final class Json {

	private Json() {
	}

	/** Appends s as a JSON string literal with quotes and escapes. */
	static void string(StringBuilder out, String s) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			case '\b' -> out.append("\\b");
			case '\f' -> out.append("\\f");
			default -> {
				if (c < 0x20 || c == '\u2028' || c == '\u2029') {
					out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}

	/** Appends a number; non-finite values (never produced by the models) become null. */
	static void number(StringBuilder out, double v) {
		if (!Double.isFinite(v)) {
			out.append("null");
		} else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
			out.append((long) v);
		} else {
			out.append(Double.toString(v));
		}
	}
}
