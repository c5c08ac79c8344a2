package org.cryostudio.physics.props;

/**
 * A user mistake in a property request (unknown gas or property, missing or malformed T or p,
 * wrong unit dimension). The message is one line meant for the user, e.g.
 * "--T: unknown unit 'kelvin' at offset 3 in '20 kelvin'"; the command line prints it and exits
 * with status 2.
 */
public final class PropertyInputException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	public PropertyInputException(String message) {
		super(message);
	}
}
