package org.cryostudio.physics.refrigeration;

/**
 * Cooling power of a 3He-4He dilution refrigerator at its mixing chamber from the 3He circulation
 * rate: Q = n3 (95 T_MC^2 - 11 T_in^2) W, with n3 in mol/s and T in K, where T_in is the temperature
 * of the concentrated 3He entering the mixing chamber (T_in = T_MC for a perfect heat exchanger:
 * Q = 84 n3 T_MC^2). Source: F. Pobell, <i>Matter and Methods at Low Temperatures</i>, 3rd ed.
 * (Springer 2007), sec. 7.3, eqs. (7.28)-(7.30). Valid below about 0.1 K where both phases are
 * degenerate Fermi liquids (the coefficients come from their enthalpies); above ~0.1 K use it as an
 * estimate only.
 */
public final class DilutionRefrigerator {

	/** Upper temperature of the Fermi-liquid enthalpy expressions, K. */
	public static final double VALIDITY_LIMIT = 0.1;

	private DilutionRefrigerator() {
	}

	/** @return cooling power, W (negative when the incoming 3He is too warm) */
	public static double coolingPower(double he3FlowMolPerSecond, double mixingChamberTemperature, double inletTemperature) {
		return he3FlowMolPerSecond * (95.0 * mixingChamberTemperature * mixingChamberTemperature
				- 11.0 * inletTemperature * inletTemperature);
	}

	/** @return lowest mixing-chamber temperature for a heat load with a perfect heat exchanger, sqrt(Q / (84 n3)), K */
	public static double mixingChamberTemperature(double heatLoad, double he3FlowMolPerSecond) {
		return Math.sqrt(heatLoad / (84.0 * he3FlowMolPerSecond));
	}
}
