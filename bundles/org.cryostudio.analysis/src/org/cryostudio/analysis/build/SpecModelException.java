package org.cryostudio.analysis.build;

/**
 * A spec element the model builder cannot turn into a network element, located at its line so
 * that front ends print "file:line: message".
 */
public final class SpecModelException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int line;

	/**
	 * @param line    1-based line of the element in its file (0 when unknown)
	 * @param message one line naming the element and the cause
	 */
	public SpecModelException(int line, String message) {
		super(message);
		this.line = line;
	}

	/** @return 1-based line, 0 when unknown */
	public int line() {
		return line;
	}
}
