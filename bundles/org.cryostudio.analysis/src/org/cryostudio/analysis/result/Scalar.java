package org.cryostudio.analysis.result;

import java.util.Objects;

/**
 * One number a solver found, e.g. the base pressure of a volume.
 *
 * @param element  qualified name of the model element it belongs to ("" for the whole system)
 * @param quantity what it is, e.g. "base pressure", "partial pressure H2O"
 * @param value    the value in SI ({@code unit}), finite
 * @param unit     SI unit symbol, e.g. "Pa", "m3/s", "W", "s"
 */
public record Scalar(String element, String quantity, double value, String unit) {

	public Scalar {
		Objects.requireNonNull(element, "element");
		Objects.requireNonNull(quantity, "quantity");
		Objects.requireNonNull(unit, "unit");
		Finite.check(value, element, quantity);
	}
}
