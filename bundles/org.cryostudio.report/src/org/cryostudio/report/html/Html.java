package org.cryostudio.report.html;

/** Escaping of text for HTML element content and attribute values. */
public final class Html {

	private Html() {
	}

	/** @return the text with {@code & < > " '} replaced by character references */
	public static String escape(String s) {
		StringBuilder b = new StringBuilder(s.length() + 16);
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '&' -> b.append("&amp;");
				case '<' -> b.append("&lt;");
				case '>' -> b.append("&gt;");
				case '"' -> b.append("&quot;");
				case '\'' -> b.append("&#39;");
				default -> {
					// control characters other than tab and newline have no place in a report
					if (c < 0x20 && c != '\t' && c != '\n') {
						b.append('\ufffd');
					} else {
						b.append(c);
					}
				}
			}
		}
		return b.toString();
	}
}
