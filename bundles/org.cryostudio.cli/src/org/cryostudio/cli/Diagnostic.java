package org.cryostudio.cli;

/**
 * One finding on a spec file, located by 1-based line and column (end inclusive of the range's
 * last character, as SARIF expects).
 *
 * @param file      the path as the user gave it
 * @param line      1-based start line
 * @param column    1-based start column
 * @param endLine   1-based end line
 * @param endColumn 1-based end column (exclusive)
 * @param severity  "error", "warning" or "info"
 * @param code      stable issue code, e.g. "syntax", "unit-dimension"
 * @param message   the message with numbers and units
 */
public record Diagnostic(String file, int line, int column, int endLine, int endColumn, String severity,
		String code, String message) {

	public boolean isError() {
		return "error".equals(severity);
	}
}
