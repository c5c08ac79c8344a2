package org.cryostudio.analysis.result;

import java.util.Locale;
import java.util.Objects;

/**
 * A note from a solver about one element: why it could not converge, a model used outside its
 * validity range, an assumption made.
 *
 * @param severity error (the solver failed there), warning or info
 * @param element  qualified element name ("" for the system)
 * @param text     one line
 */
public record SolverMessage(Severity severity, String element, String text) {

	/** How serious a message is. */
	public enum Severity {
		ERROR, WARNING, INFO;

		public String json() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	public SolverMessage {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(element, "element");
		Objects.requireNonNull(text, "text");
	}
}
