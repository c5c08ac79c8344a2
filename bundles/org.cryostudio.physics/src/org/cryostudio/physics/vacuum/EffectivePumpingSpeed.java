package org.cryostudio.physics.vacuum;

/**
 * Effective pumping speed of a pump seen through a conductance.
 *
 * <p>Classic series rule 1/S_eff = 1/S + 1/C. When the conductance ends at the pump inlet with the
 * same cross-section, the pump is an element of transmission probability H = S/C_A (Ho coefficient,
 * C_A = A v/4 the inlet aperture conductance) and Oatley's rule gives
 * 1/S_eff = 1/S + 1/C - 1/C_A: the aperture is not counted twice (C. W. Oatley, <i>Br. J. Appl.
 * Phys.</i> 8 (1957) 15; K. Jousten (ed.), <i>Handbook of Vacuum Technology</i>, sec. 4.6). Valid in
 * molecular flow; in viscous flow use the classic rule. All in m3/s.
 */
public final class EffectivePumpingSpeed {

	private EffectivePumpingSpeed() {
	}

	/** 1/S_eff = 1/S + 1/C. */
	public static double series(double pumpSpeed, double conductance) {
		return pumpSpeed * conductance / (pumpSpeed + conductance);
	}

	/**
	 * Oatley-consistent combination for a duct of the same cross-section as the pump inlet.
	 *
	 * @param pumpSpeed         S at the inlet, m3/s (must not exceed the aperture conductance)
	 * @param conductance       duct conductance C including its own entrance, m3/s
	 * @param apertureConductance C_A = A v/4 of the common cross-section, m3/s
	 */
	public static double sameAperture(double pumpSpeed, double conductance, double apertureConductance) {
		if (pumpSpeed > apertureConductance * (1 + 1e-12)) {
			throw new IllegalArgumentException("pump speed " + pumpSpeed + " exceeds its inlet aperture conductance "
					+ apertureConductance + " (capture probability > 1)");
		}
		return 1.0 / (1.0 / pumpSpeed + 1.0 / conductance - 1.0 / apertureConductance);
	}
}
