package org.cryostudio.physics.units;

/**
 * A unit of measurement: its symbol as written, its {@link Dimension} and its conversion to the
 * coherent SI unit of that dimension, si = value * factor + offset. The offset is non-zero only for
 * the affine temperature scale degC (K = degC + 273.15); in products and quotients degC counts as a
 * temperature difference (factor 1, no offset), as in W/(m*degC).
 *
 * <p>Immutable. Equality compares dimension, factor and offset, not the symbol: "mbar*L/s" equals
 * "0.1 Pa*m3/s" written differently.
 *
 * @param symbol    the unit as written or composed, e.g. "mbar*L/s"
 * @param dimension its dimension
 * @param factor    SI value of one unit (without offset)
 * @param offset    SI value of the unit's zero (0 except degC: 273.15 K)
 */
public record Unit(String symbol, Dimension dimension, double factor, double offset) {

	/** The dimensionless unit "1". */
	public static final Unit ONE = new Unit("1", Dimension.NONE, 1, 0);

	/** @return a value in this unit converted to SI */
	public double toSi(double value) {
		return value * factor + offset;
	}

	/** @return an SI value converted to this unit */
	public double fromSi(double si) {
		return (si - offset) / factor;
	}

	/** @return true when this unit has an offset (an affine scale such as degC) */
	public boolean isAffine() {
		return offset != 0;
	}

	/** @return true when the two units measure the same dimension (values convertible) */
	public boolean isCompatible(Unit other) {
		return dimension.equals(other.dimension);
	}

	/**
	 * Converts a value of this unit into another unit of the same dimension.
	 *
	 * @throws IllegalArgumentException when the dimensions differ
	 */
	public double convert(double value, Unit target) {
		if (!isCompatible(target)) {
			throw new IllegalArgumentException("cannot convert " + symbol + " [" + dimension + "] to " + target.symbol
					+ " [" + target.dimension + "]");
		}
		return target.fromSi(toSi(value));
	}

	/** @return the product unit; offsets are dropped (temperature differences) */
	public Unit times(Unit o) {
		return new Unit(compose(symbol, "*", o.symbol, false), dimension.times(o.dimension), factor * o.factor, 0);
	}

	/** @return the quotient unit; offsets are dropped (temperature differences) */
	public Unit divide(Unit o) {
		return new Unit(compose(symbol, "/", o.symbol, true), dimension.divide(o.dimension), factor / o.factor, 0);
	}

	/** @return this unit raised to an integer power, offset dropped */
	public Unit pow(int n) {
		String s = symbol.matches("[A-Za-z%]+") ? symbol + n : "(" + symbol + ")^" + n;
		return new Unit(s, dimension.pow(n), Math.pow(factor, n), 0);
	}

	/** @return this unit under another symbol */
	public Unit named(String newSymbol) {
		return new Unit(newSymbol, dimension, factor, offset);
	}

	private static String compose(String a, String op, String b, boolean bracketRight) {
		boolean compound = b.contains("*") || b.contains("/");
		return a + op + (bracketRight && compound ? "(" + b + ")" : b);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Unit u && dimension.equals(u.dimension) && Math.abs(factor / u.factor - 1) < 1e-12
				&& offset == u.offset;
	}

	@Override
	public int hashCode() {
		return dimension.hashCode();
	}

	@Override
	public String toString() {
		return symbol;
	}
}
