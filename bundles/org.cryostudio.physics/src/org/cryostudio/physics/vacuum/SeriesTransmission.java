package org.cryostudio.physics.vacuum;

/**
 * Transmission probability of free-molecular elements connected in series, without the error of
 * adding 1/C for adjacent elements (which counts the entrance "orifice" of every element again).
 *
 * <p>Equal cross-sections: Oatley's rule 1/W - 1 = sum_i (1/W_i - 1) (C. W. Oatley,
 * <i>Br. J. Appl. Phys.</i> 8 (1957) 15). Different cross-sections: Haefer's generalisation,
 * (1/W - 1)/A_1 = sum_i (1/W_i - 1)/A_i + sum_i (1/A_(i+1) - 1/A_i) d_i with d_i = 1 where the
 * section narrows (A_(i+1) &lt; A_i) and 0 where it widens (R. A. Haefer, <i>Vacuum</i> 30 (1980) 217;
 * as given in K. Jousten (ed.), <i>Handbook of Vacuum Technology</i>, sec. 4.6 [R: formula form recalled,
 * check the primary source]). Both assume the molecules entering each element are in a cosine
 * distribution (fully randomised between elements); for adjacent short elements this overestimates
 * W by a few percent. Example: two tubes of L/D = 1 give W = 0.3461 by Oatley, against the exact
 * W(L/D = 2) = 0.3566 (-2.9 %), while 1/C addition gives 0.2571 (-28 %). Dimensionless.
 */
public final class SeriesTransmission {

	private SeriesTransmission() {
	}

	/**
	 * Oatley's rule for elements of equal entrance area.
	 *
	 * @param transmissions W_i in (0, 1]
	 * @return overall W
	 */
	public static double equalArea(double... transmissions) {
		double sum = 0;
		for (double w : transmissions) {
			check(w);
			sum += 1.0 / w - 1.0;
		}
		return 1.0 / (1.0 + sum);
	}

	/**
	 * Haefer's rule; the result refers to the entrance area of the first element.
	 *
	 * @param transmissions W_i
	 * @param areas         entrance areas A_i, m2 (any consistent unit)
	 * @return overall W referred to areas[0]
	 */
	public static double variableArea(double[] transmissions, double[] areas) {
		if (transmissions.length != areas.length || transmissions.length == 0) {
			throw new IllegalArgumentException("one area per element needed");
		}
		double sum = 0;
		for (int i = 0; i < transmissions.length; i++) {
			check(transmissions[i]);
			sum += (1.0 / transmissions[i] - 1.0) / areas[i];
			if (i + 1 < areas.length && areas[i + 1] < areas[i]) {
				sum += 1.0 / areas[i + 1] - 1.0 / areas[i];
			}
		}
		return 1.0 / (1.0 + areas[0] * sum);
	}

	private static void check(double w) {
		if (!(w > 0 && w <= 1)) {
			throw new IllegalArgumentException("transmission probability must be in (0, 1]: " + w);
		}
	}
}
