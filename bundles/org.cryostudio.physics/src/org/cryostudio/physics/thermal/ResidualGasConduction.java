package org.cryostudio.physics.thermal;

import static org.cryostudio.physics.PhysicalConstants.BOLTZMANN;

/**
 * Free-molecular heat conduction by residual gas between two surfaces (insulating vacuum):
 * q = a_eff (gamma + 1)/(gamma - 1) sqrt(k / (8 pi m T)) p (T2 - T1), where p is the pressure read
 * at temperature T (the gauge), and a_eff = a1 a2 / (a2 + a1 (1 - a2) A1/A2) the overall accommodation
 * coefficient of an inner surface 1 in an enclosure 2.
 *
 * <p>Source: R. J. Corruccini, "Gaseous heat conduction at low pressures and temperatures",
 * <i>Vacuum</i> 7-8 (1959) 19; Barron, <i>Cryogenic Heat Transfer</i>, sec. 8.x. Valid when the mean
 * free path exceeds the gap (Kn &gt; ~1; check with {@link org.cryostudio.physics.kinetic.GasKinetics});
 * at higher pressure conduction saturates at the continuum value. gamma is cp/cv of the gas at the
 * temperatures involved (5/3 for He, Ne, Ar; 7/5 for N2, O2, CO at 80-300 K; H2 tends to 5/3 below
 * ~80 K as rotation freezes out). Accommodation coefficients are surface- and gas-specific (He on
 * clean metal ~0.3 at 300 K rising towards 1 at 20 K; heavy gases 0.8-1) [R: Corruccini's table].
 * Inputs SI; output W/m2 (positive from surface 2 to surface 1 when T2 &gt; T1).
 */
public final class ResidualGasConduction {

	private ResidualGasConduction() {
	}

	/**
	 * @param pressure            Pa, measured at gaugeTemperature
	 * @param gaugeTemperature    K
	 * @param warm                T2, K
	 * @param cold                T1, K
	 * @param moleculeMass        kg
	 * @param gamma               cp/cv
	 * @param accommodation       overall accommodation coefficient a_eff
	 * @return W/m2
	 */
	public static double heatFlux(double pressure, double gaugeTemperature, double warm, double cold, double moleculeMass,
			double gamma, double accommodation) {
		return accommodation * (gamma + 1.0) / (gamma - 1.0)
				* Math.sqrt(BOLTZMANN / (8.0 * Math.PI * moleculeMass * gaugeTemperature)) * pressure * (warm - cold);
	}

	/** Overall accommodation coefficient of surface 1 (area A1) enclosed by surface 2 (area A2). */
	public static double effectiveAccommodation(double a1, double a2, double area1, double area2) {
		return a1 * a2 / (a2 + a1 * (1.0 - a2) * area1 / area2);
	}
}
