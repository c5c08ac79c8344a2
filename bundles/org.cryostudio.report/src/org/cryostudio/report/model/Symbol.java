package org.cryostudio.report.model;

import java.util.Objects;

/**
 * A variable of a formula: a base letter and an optional subscript, e.g. p with subscript "floor".
 *
 * @param name      the letter(s), e.g. "p", "T", "α"
 * @param subscript e.g. "s", "g", "floor"; empty for none
 */
public record Symbol(String name, String subscript) {

	public Symbol {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(subscript, "subscript");
		if (name.isEmpty()) {
			throw new IllegalArgumentException("a symbol needs a name");
		}
	}

	public static Symbol of(String name) {
		return new Symbol(name, "");
	}

	public static Symbol of(String name, String subscript) {
		return new Symbol(name, subscript);
	}

	/** @return the symbol typeset: italic name, subscript */
	public Text text() {
		Text.Builder b = Text.builder().add(name, Text.Style.VARIABLE);
		if (!subscript.isEmpty()) {
			b.add(subscript, Text.Style.SUBSCRIPT);
		}
		return b.build();
	}

	@Override
	public String toString() {
		return subscript.isEmpty() ? name : name + "_" + subscript;
	}
}
