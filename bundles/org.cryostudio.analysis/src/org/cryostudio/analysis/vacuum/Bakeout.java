package org.cryostudio.analysis.vacuum;

import org.cryostudio.analysis.model.Check;

/**
 * A bakeout phase of the walls of one volume: the walls are held at {@code temperature} from
 * {@code start} for {@code duration} (s since the start of pumping), then return to the volume's
 * temperature. Outgassing loads see it through their temperature dependence
 * ({@link Outgassing}, {@link HydrogenDiffusion}).
 *
 * @param volume      name of the baked volume
 * @param temperature wall temperature during the bake, K
 * @param start       s
 * @param duration    s
 */
public record Bakeout(String volume, double temperature, double start, double duration) {

	public Bakeout {
		Check.positive(volume + " bakeout", "temperature", temperature, "K");
		Check.nonNegative(volume + " bakeout", "start", start, "s");
		Check.positive(volume + " bakeout", "duration", duration, "s");
	}

	public double end() {
		return start + duration;
	}
}
