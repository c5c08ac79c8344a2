package org.cryostudio.analysis.solver;

/**
 * A solver could not produce a result for a reason tied to one element: no convergence, a
 * property outside every model, an inconsistent network. The message says why in one line.
 */
public class SolverException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String element;

	/**
	 * @param element qualified element name ("" for the whole system)
	 * @param reason  one line: what went wrong there
	 */
	public SolverException(String element, String reason) {
		super(reason);
		this.element = element == null ? "" : element;
	}

	public SolverException(String element, String reason, Throwable cause) {
		super(reason, cause);
		this.element = element == null ? "" : element;
	}

	/** @return the element the failure is about */
	public String element() {
		return element;
	}
}
