package org.cryostudio.physics.kinetic;

import static org.cryostudio.physics.PhysicalConstants.BOLTZMANN;

/**
 * Mean free path of a molecule in a single-species gas of hard spheres,
 * lambda = k T / (sqrt(2) pi d^2 p).
 *
 * <p>Source: Maxwell's hard-sphere result as given in G. W. C. Kaye &amp; T. H. Laby, <i>Tables of
 * Physical and Chemical Constants</i>, section 2.2.4, and in the CRC Handbook table "Mean free path
 * and related properties of gases". The diameter d is the effective hard-sphere (viscosity)
 * diameter from {@link GasViscosity#hardSphereDiameter}, which makes the model consistent with the
 * measured viscosity at the temperature of use (a Sutherland-like temperature dependence of d).
 * Valid for a dilute gas (ideal-gas density); accuracy is that of the hard-sphere picture,
 * typically 10 % against Chapman-Enskog values with a realistic potential. Inputs: T in K,
 * pressure in Pa, d in m.
 */
public final class MeanFreePath {

	private MeanFreePath() {
	}

	/**
	 * @param pressure    Pa (&gt; 0)
	 * @param temperature K
	 * @param diameter    effective hard-sphere diameter, m
	 * @return mean free path, m
	 */
	public static double of(double pressure, double temperature, double diameter) {
		return BOLTZMANN * temperature / (Math.sqrt(2.0) * Math.PI * diameter * diameter * pressure);
	}
}
