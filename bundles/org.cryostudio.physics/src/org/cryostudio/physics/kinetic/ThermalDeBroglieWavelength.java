package org.cryostudio.physics.kinetic;

import static org.cryostudio.physics.PhysicalConstants.BOLTZMANN;
import static org.cryostudio.physics.PhysicalConstants.PLANCK;

/**
 * Thermal de Broglie wavelength lambda_dB = h / sqrt(2 pi m k T) and the "quantum temperature"
 * at which it equals the atomic diameter d, T_q = h^2 / (2 pi m k d^2). Below T_q the gas (or the
 * liquid formed from it) is a quantum fluid: classical kinetic theory and classical equations of
 * state stop describing it (He, H2, Ne are the cryogenic cases).
 *
 * <p>Source: standard statistical mechanics, e.g. F. Pobell, <i>Matter and Methods at Low
 * Temperatures</i>, 3rd ed. (Springer 2007), sec. 2.1 (the criterion lambda_dB ~ atomic spacing).
 * Exact definition; the criterion itself is an order-of-magnitude one. Inputs: T in K, m in kg,
 * d in m.
 */
public final class ThermalDeBroglieWavelength {

	private ThermalDeBroglieWavelength() {
	}

	/** @return lambda_dB, m */
	public static double of(double temperature, double moleculeMass) {
		return PLANCK / Math.sqrt(2.0 * Math.PI * moleculeMass * BOLTZMANN * temperature);
	}

	/**
	 * @param moleculeMass kg
	 * @param diameter     atomic (hard-sphere) diameter, m
	 * @return temperature at which lambda_dB equals the diameter, K
	 */
	public static double quantumTemperature(double moleculeMass, double diameter) {
		return PLANCK * PLANCK / (2.0 * Math.PI * moleculeMass * BOLTZMANN * diameter * diameter);
	}
}
