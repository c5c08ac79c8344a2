package org.cryostudio.analysis.model;

/**
 * Durations of the transient studies, s. A pump-down runs to {@code pumpdownEnd} (and the steady
 * state evaluates time-dependent sources there), a cooldown to {@code cooldownEnd}, a cryopump
 * loading study to {@code cryopumpEnd}.
 *
 * @param pumpdownEnd s
 * @param cooldownEnd s
 * @param cryopumpEnd s
 */
public record Scenario(double pumpdownEnd, double cooldownEnd, double cryopumpEnd) {

	/** 100 h pump-down, 10 days of cooldown at most, one year of cryopump loading. */
	public static final Scenario DEFAULT = new Scenario(100 * 3600.0, 10 * 86400.0, 365 * 86400.0);

	public Scenario {
		Check.positive("scenario", "pump-down duration", pumpdownEnd, "s");
		Check.positive("scenario", "cooldown duration", cooldownEnd, "s");
		Check.positive("scenario", "cryopump duration", cryopumpEnd, "s");
	}
}
