package org.cryostudio.report.model;

import java.util.Objects;

/**
 * One validation finding on the design, located in the spec.
 *
 * @param severity error, warning or info
 * @param code     the stable issue code, e.g. "unit-dimension"
 * @param location "file:line:column"
 * @param message  the validator's message
 */
public record Finding(Severity severity, String code, String location, String message) {

	/** How serious a finding is; errors first. */
	public enum Severity {
		ERROR, WARNING, INFO;

		public Tone tone() {
			return switch (this) {
				case ERROR -> Tone.BAD;
				case WARNING -> Tone.CAUTION;
				case INFO -> Tone.NEUTRAL;
			};
		}

		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	public Finding {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(message, "message");
	}
}
