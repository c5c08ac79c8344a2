package org.cryostudio.physics.thermal;

import static org.cryostudio.physics.PhysicalConstants.STEFAN_BOLTZMANN;

/**
 * N floating (thermally unanchored) radiation shields between two parallel surfaces: each gap is a
 * grey-plate pair and all gaps carry the same flux, so the radiative resistances add:
 * q = sigma (Th^4 - Tc^4) / sum over gaps of (1/e_a + 1/e_b - 1). The shield temperatures follow from
 * the equal-flux condition. Source: Barron, <i>Cryogenic Heat Transfer</i>, ch. 8; Incropera,
 * sec. 13.3.5. Example: one shield of emissivity 0.04 between black walls reduces the flux by 98 %.
 * Inputs: K, emissivities; output W/m2.
 */
public final class FloatingShields {

	private FloatingShields() {
	}

	/**
	 * @param hot              hot wall temperature, K
	 * @param cold             cold wall temperature, K
	 * @param hotEmissivity    emissivity of the hot wall
	 * @param coldEmissivity   emissivity of the cold wall
	 * @param shieldEmissivity emissivity of both faces of every shield
	 * @param shields          number of shields N &gt;= 0
	 * @return heat flux, W/m2
	 */
	public static double heatFlux(double hot, double cold, double hotEmissivity, double coldEmissivity,
			double shieldEmissivity, int shields) {
		return STEFAN_BOLTZMANN * (GreyBodyRadiation.pow4(hot) - GreyBodyRadiation.pow4(cold))
				/ resistance(hotEmissivity, coldEmissivity, shieldEmissivity, shields);
	}

	/**
	 * @return temperatures of the shields from the hot side to the cold side, K
	 */
	public static double[] shieldTemperatures(double hot, double cold, double hotEmissivity, double coldEmissivity,
			double shieldEmissivity, int shields) {
		double q = heatFlux(hot, cold, hotEmissivity, coldEmissivity, shieldEmissivity, shields);
		double[] t = new double[shields];
		double upper = GreyBodyRadiation.pow4(hot);
		double emissivityAbove = hotEmissivity;
		for (int i = 0; i < shields; i++) {
			upper -= q / (STEFAN_BOLTZMANN * GreyBodyRadiation.parallelPlateFactor(emissivityAbove, shieldEmissivity));
			t[i] = Math.sqrt(Math.sqrt(upper));
			emissivityAbove = shieldEmissivity;
		}
		return t;
	}

	private static double resistance(double hotEmissivity, double coldEmissivity, double shieldEmissivity, int shields) {
		if (shields < 0) {
			throw new IllegalArgumentException("shield count must be >= 0");
		}
		if (shields == 0) {
			return 1.0 / hotEmissivity + 1.0 / coldEmissivity - 1.0;
		}
		double r = (1.0 / hotEmissivity + 1.0 / shieldEmissivity - 1.0) + (1.0 / shieldEmissivity + 1.0 / coldEmissivity - 1.0);
		r += (shields - 1) * (2.0 / shieldEmissivity - 1.0);
		return r;
	}
}
