package org.cryostudio.physics.vacuum;

import static org.cryostudio.physics.PhysicalConstants.BOLTZMANN;

/**
 * Conductance of a round tube in every regime by Knudsen's interpolation,
 * C = C_viscous + C_molecular (1 + x) / (1 + 1.24 x), x = D p_mean sqrt(m / (k T)) / eta.
 *
 * <p>Source: M. Knudsen, <i>Ann. Phys.</i> 28 (1909) 75, in the form given by S. Dushman,
 * <i>Scientific Foundations of Vacuum Technique</i>, 2nd ed. (Wiley 1962), ch. 2 and by O'Hanlon,
 * <i>A User's Guide to Vacuum Technology</i>, eq. 3.x (there written with D/lambda). Measured
 * tube data follow it within about 10 % through the transition region, including the shallow
 * minimum near Kn ~ 1. Here C_molecular is the exact Clausing value for the tube's L/D (Knudsen
 * used the long-tube limit), which keeps the formula right for short tubes at low pressure;
 * C_viscous is Poiseuille (long tubes). Limits: x -&gt; 0 gives molecular flow, x -&gt; infinity
 * Poiseuille plus 0.81 C_molecular (negligible there). Inputs SI; output m3/s.
 */
public final class KnudsenTubeConductance {

	private KnudsenTubeConductance() {
	}

	/**
	 * @param diameter     m
	 * @param length       m
	 * @param meanPressure Pa
	 * @param temperature  K
	 * @param moleculeMass kg
	 * @param viscosity    Pa s at the temperature
	 * @return C, m3/s
	 */
	public static double of(double diameter, double length, double meanPressure, double temperature,
			double moleculeMass, double viscosity) {
		double molecular = MolecularConductance.tube(diameter, length, temperature, moleculeMass);
		double viscous = ViscousConductance.poiseuille(diameter, length, meanPressure, viscosity);
		double x = diameter * meanPressure * Math.sqrt(moleculeMass / (BOLTZMANN * temperature)) / viscosity;
		return viscous + molecular * (1.0 + x) / (1.0 + 1.24 * x);
	}
}
