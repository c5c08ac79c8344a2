package org.cryostudio.analysis.model;

/**
 * Input checks of network elements: a bad value gives an {@link InvalidModelException} that
 * names the element, the quantity and the value, so that front ends show a located message.
 */
public final class Check {

	private Check() {
	}

	/** @return value when finite and &gt; 0 */
	public static double positive(String element, String quantity, double value, String unit) {
		if (!(value > 0) || !Double.isFinite(value)) {
			throw new InvalidModelException(element, quantity + " must be > 0 " + unit + ", got " + value);
		}
		return value;
	}

	/** @return value when finite and &gt;= 0 */
	public static double nonNegative(String element, String quantity, double value, String unit) {
		if (!(value >= 0) || !Double.isFinite(value)) {
			throw new InvalidModelException(element, quantity + " must be >= 0 " + unit + ", got " + value);
		}
		return value;
	}

	/** @return value when in [lo, hi] */
	public static double within(String element, String quantity, double value, double lo, double hi) {
		if (!(value >= lo && value <= hi)) {
			throw new InvalidModelException(element, quantity + " must lie in [" + lo + ", " + hi + "], got " + value);
		}
		return value;
	}
}
