package org.cryostudio.analysis.result;

/** Guards the result model's promise: no NaN, no infinity. */
final class Finite {

	private Finite() {
	}

	/**
	 * @return the value when finite
	 * @throws NonFiniteResultException naming what and where
	 */
	static double check(double value, String element, String quantity) {
		if (!Double.isFinite(value)) {
			throw new NonFiniteResultException(element, quantity, value);
		}
		return value;
	}
}
