package org.cryostudio.cli;

/**
 * A mistake of the user (missing file, bad option value) that the CLI reports in one line on
 * stderr with exit code 2, without a stack trace.
 */
public class UserError extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public UserError(String message) {
		super(message);
	}
}
