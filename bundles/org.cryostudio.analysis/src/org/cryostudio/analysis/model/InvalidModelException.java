package org.cryostudio.analysis.model;

/**
 * A network element with an impossible value or a dangling reference, named so that the user can
 * find it: "chamber.port: diameter must be > 0 m, got 0".
 */
public final class InvalidModelException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String element;

	public InvalidModelException(String element, String reason) {
		super((element == null || element.isEmpty() ? "" : element + ": ") + reason);
		this.element = element == null ? "" : element;
	}

	/** @return the offending element */
	public String element() {
		return element;
	}
}
