package org.cryostudio.cli;

/**
 * A mistake in the design text that stops a command before it can do its work (a spec too deeply
 * nested to parse): one located line on stderr like any user error, but exit code 1, because the
 * spec — not the command line or the file system — is at fault.
 */
public final class DesignError extends UserError {
	private static final long serialVersionUID = 1L;

	public DesignError(String message) {
		super(message);
	}
}
