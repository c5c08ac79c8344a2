package org.cryostudio.diagram.core.edit;

/** A diagram edit that cannot be turned into a text change; the message says why, for the user. */
public class EditRefusedException extends Exception {

	private static final long serialVersionUID = 1L;

	public EditRefusedException(String message) {
		super(message);
	}

	/** @param cause an unexpected failure behind the refusal, kept for the log */
	public EditRefusedException(String message, Throwable cause) {
		super(message, cause);
	}
}
