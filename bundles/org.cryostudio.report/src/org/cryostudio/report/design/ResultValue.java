package org.cryostudio.report.design;

import java.util.Objects;

/**
 * One number a report computes from a design, for comparing two versions of it.
 *
 * @param source   what computed it, e.g. "condensation floors" or a solver id
 * @param element  qualified element name ("" for the whole system)
 * @param quantity what it is, e.g. "pressure floor of N2 at panel"
 * @param si       the value, SI
 * @param unit     its SI unit symbol
 */
public record ResultValue(String source, String element, String quantity, double si, String unit) {
	public ResultValue {
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(element, "element");
		Objects.requireNonNull(quantity, "quantity");
		Objects.requireNonNull(unit, "unit");
	}

	/** @return the key matching this result across two versions of a design */
	public String key() {
		return source + " / " + element + " / " + quantity;
	}
}
