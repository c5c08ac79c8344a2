package org.cryostudio.physics.units;

/**
 * Thrown for unit or quantity text that cannot be read, with the character offset of the problem
 * so editors can underline it. The message is one line, e.g. "unknown unit 'mbr' at offset 0".
 */
public final class UnitParseException extends IllegalArgumentException {

	private static final long serialVersionUID = 1L;

	private final String text;
	private final int offset;

	public UnitParseException(String message, String text, int offset) {
		super(message + " at offset " + offset + " in '" + text + "'");
		this.text = text;
		this.offset = offset;
	}

	/** @return the text that failed to parse */
	public String text() {
		return text;
	}

	/** @return zero-based character offset of the problem in {@link #text()} */
	public int offset() {
		return offset;
	}
}
