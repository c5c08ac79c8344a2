package org.cryostudio.physics.pumps;

import org.cryostudio.physics.kinetic.MaxwellBoltzmann;

/**
 * Speed of a capture pump (cryopanel, getter film, sorbent, ion-pump cathode) from its capture
 * (sticking) coefficient: S = c A v/4, the capture coefficient times the ideal speed of a perfectly
 * absorbing surface, A v/4 (v the mean speed at the gas temperature). Source: J. F. O'Hanlon,
 * <i>A User's Guide to Vacuum Technology</i>, ch. 7 and 12; Jousten (ed.), <i>Handbook of Vacuum
 * Technology</i>, ch. 12-13. A surface behind a baffle or aperture combines with it by Oatley's rule
 * ({@link org.cryostudio.physics.vacuum.SeriesTransmission}). Inputs: dimensionless, m2, K, kg; output m3/s.
 */
public final class CapturePump {

	private CapturePump() {
	}

	/** @return S = c A v/4, m3/s */
	public static double speed(double captureCoefficient, double area, double gasTemperature, double moleculeMass) {
		return captureCoefficient * area * MaxwellBoltzmann.areaRate(gasTemperature, moleculeMass);
	}

	/** @return ideal speed per unit area v/4, m3/(s m2) */
	public static double idealSpeedPerArea(double gasTemperature, double moleculeMass) {
		return MaxwellBoltzmann.areaRate(gasTemperature, moleculeMass);
	}
}
