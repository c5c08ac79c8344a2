package org.cryostudio.physics.fluids;

import java.util.List;

/**
 * A thermodynamic state of a fluid, all SI. Two-phase states carry the vapour quality.
 *
 * @param temperature     K
 * @param pressure        Pa
 * @param density         kg/m3
 * @param enthalpy        J/kg (EoS reference state)
 * @param entropy         J/(kg K) (EoS reference state)
 * @param internalEnergy  J/kg
 * @param cp              J/(kg K) (NaN-free: 0 in the two-phase region where undefined)
 * @param cv              J/(kg K)
 * @param speedOfSound    m/s (0 in the two-phase region)
 * @param compressibility Z = p / (rho R T)
 * @param jouleThomson    mu_JT = (dT/dp)_h, K/Pa
 * @param phase           phase of the state
 * @param quality         vapour mass fraction in [0,1] when two-phase, otherwise -1
 * @param valid           false when outside the EoS validity range
 * @param warnings        why the state may not be trusted
 */
public record FluidState(double temperature, double pressure, double density, double enthalpy, double entropy,
		double internalEnergy, double cp, double cv, double speedOfSound, double compressibility,
		double jouleThomson, Phase phase, double quality, boolean valid, List<String> warnings) {

	public FluidState {
		warnings = List.copyOf(warnings);
	}

	/** Phase of a state. */
	public enum Phase {
		LIQUID, GAS, SUPERCRITICAL, TWO_PHASE, SOLID
	}
}
