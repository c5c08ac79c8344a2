package org.cryostudio.analysis.result;

import java.util.Objects;

/**
 * A curve: y against x, both with quantity and unit, equally long.
 *
 * @param name unique within its solver result, e.g. "pressure chamber"
 * @param x    abscissa
 * @param y    ordinate
 */
public record Series(String name, Axis x, Axis y) {

	public Series {
		Objects.requireNonNull(name, "name");
		if (x.size() != y.size()) {
			throw new IllegalArgumentException("series " + name + ": " + x.size() + " x values but " + y.size() + " y values");
		}
	}

	/** @return a series from SI arrays */
	public static Series of(String name, String xQuantity, String xUnit, double[] x, String yQuantity, String yUnit,
			double[] y) {
		return new Series(name, new Axis(xQuantity, xUnit, x), new Axis(yQuantity, yUnit, y));
	}

	public int size() {
		return x.size();
	}
}
