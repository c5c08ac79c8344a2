package org.cryostudio.report.model;

import java.util.Objects;

/**
 * A boxed remark a reviewer must not miss: that the design has errors, that results are missing,
 * that a value was taken outside a model's range.
 */
public record Callout(Tone tone, Text text) implements Block {
	public Callout {
		Objects.requireNonNull(tone, "tone");
		Objects.requireNonNull(text, "text");
	}
}
