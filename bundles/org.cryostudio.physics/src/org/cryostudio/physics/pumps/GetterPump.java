package org.cryostudio.physics.pumps;

/**
 * Titanium sublimation (TSP) and non-evaporable getter (NEG) pumping of chemically active gases:
 * speed S = s(theta) A v/4 with an initial sticking coefficient s0 that falls as the surface fills,
 * s(theta) = s0 (1 - theta), theta = N / N_max (Langmuir-type saturation of a film; a freshly
 * sublimated Ti film is restored by the next sublimation, an NEG by reactivation). Noble gases and
 * CH4 are not pumped (s0 = 0). Typical s0 of fresh Ti films at 300 K: H2 0.01-0.06, N2 0.1-0.3,
 * CO 0.5-0.9, O2 0.5-0.9, H2O 0.3-0.7 (higher at 77 K), and capacities of about one monolayer,
 * ~5e18 molecules/m2, per sublimation [R: ranges recalled from D. J. Harra, J. Vac. Sci. Technol.
 * 13 (1976) 471 and K. M. Welch, <i>Capture Pumping Technology</i> (1991); the values to use come
 * from the pump's data]. Inputs: dimensionless, m2, K, kg, molecules.
 *
 * @param initialSticking s0
 * @param area            active area, m2
 * @param capacity        N_max, molecules
 */
public record GetterPump(double initialSticking, double area, double capacity) {

	/** @return speed at a sorbed quantity, m3/s */
	public double speed(double sorbedMolecules, double gasTemperature, double moleculeMass) {
		double theta = Math.min(1.0, sorbedMolecules / capacity);
		return CapturePump.speed(initialSticking * (1.0 - theta), area, gasTemperature, moleculeMass);
	}

	/** @return remaining capacity fraction 1 - theta */
	public double remainingFraction(double sorbedMolecules) {
		return Math.max(0.0, 1.0 - sorbedMolecules / capacity);
	}
}
