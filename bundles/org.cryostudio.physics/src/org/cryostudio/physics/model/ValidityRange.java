package org.cryostudio.physics.model;

/**
 * The interval of one input quantity (SI) inside which a model was fitted or validated.
 *
 * @param quantity name of the input, e.g. "T" or "p"
 * @param min      lower bound, SI
 * @param max      upper bound, SI
 * @param unit     SI unit symbol of the bounds, e.g. "K"
 */
public record ValidityRange(String quantity, double min, double max, String unit) {

	/** @return true when {@code value} lies inside [min, max] */
	public boolean contains(double value) {
		return value >= min && value <= max;
	}

	@Override
	public String toString() {
		return quantity + " in [" + min + ", " + max + "] " + unit;
	}
}
