package org.cryostudio.analysis.result;

/**
 * Thrown when a solver tries to put NaN or infinity into a result: a bug or an unconverged
 * computation; the runner turns it into a failed result naming the element.
 */
public final class NonFiniteResultException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String element;

	public NonFiniteResultException(String element, String quantity, double value) {
		super(quantity + " of " + (element == null || element.isEmpty() ? "the system" : element) + " is " + value
				+ " (not a finite number)");
		this.element = element;
	}

	/** @return the element whose value was not finite */
	public String element() {
		return element;
	}
}
