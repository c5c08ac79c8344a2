package org.cryostudio.analysis.result;

import java.util.Arrays;
import java.util.Objects;

/**
 * One coordinate of a series: what it is, its SI unit, and the values (finite).
 *
 * @param quantity e.g. "time", "pressure"
 * @param unit     SI unit symbol, e.g. "s", "Pa"
 * @param values   the values in that unit
 */
public record Axis(String quantity, String unit, double[] values) {

	public Axis {
		Objects.requireNonNull(quantity, "quantity");
		Objects.requireNonNull(unit, "unit");
		values = values.clone();
		for (double v : values) {
			Finite.check(v, "", quantity);
		}
	}

	/** @return a copy of the values */
	@Override
	public double[] values() {
		return values.clone();
	}

	/** @return the i-th value without copying */
	public double value(int i) {
		return values[i];
	}

	/** @return the number of values */
	public int size() {
		return values.length;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Axis a && a.quantity.equals(quantity) && a.unit.equals(unit) && Arrays.equals(a.values, values);
	}

	@Override
	public int hashCode() {
		return Objects.hash(quantity, unit, Arrays.hashCode(values));
	}

	@Override
	public String toString() {
		return quantity + " [" + unit + "] (" + values.length + " values)";
	}
}
