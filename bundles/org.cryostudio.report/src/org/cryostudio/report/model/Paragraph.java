package org.cryostudio.report.model;

import java.util.Objects;

/** A paragraph of running text. */
public record Paragraph(Text text) implements Block {
	public Paragraph {
		Objects.requireNonNull(text, "text");
	}

	public static Paragraph of(String text) {
		return new Paragraph(Text.plain(text));
	}
}
