package org.cryostudio.physics.vacuum;

import org.cryostudio.physics.kinetic.MaxwellBoltzmann;

/**
 * Free-molecular conductance of an element from its transmission probability:
 * C = W A v / 4, where A is the entrance area and v the mean molecular speed at the gas
 * temperature (conductance is a volume rate at that temperature).
 *
 * <p>Sources: orifice C = A v/4 (Knudsen); tube W from Clausing's integral equation
 * ({@link TubeTransmission}); long-tube limit C = pi v D^3 / (12 L) (Knudsen 1909), which for air at
 * 20 degC is the textbook 12.1 D^3/L L/s (D, L in cm) and the orifice 11.6 L/(s cm2) (J. F. O'Hanlon,
 * <i>A User's Guide to Vacuum Technology</i>, 3rd ed., ch. 3). Valid for Kn &gt; 0.5 (see
 * {@link org.cryostudio.physics.kinetic.FlowRegime}); isothermal gas; diffuse walls. Inputs SI: m, m2,
 * K, kg; output m3/s.
 */
public final class MolecularConductance {

	private MolecularConductance() {
	}

	/** @return C = W A v/4, m3/s */
	public static double fromTransmission(double transmission, double area, double temperature, double moleculeMass) {
		return transmission * area * MaxwellBoltzmann.areaRate(temperature, moleculeMass);
	}

	/** Thin-walled circular orifice (W = 1). */
	public static double orifice(double diameter, double temperature, double moleculeMass) {
		return fromTransmission(1.0, circleArea(diameter), temperature, moleculeMass);
	}

	/** Straight round tube of any L/D (Clausing transmission). */
	public static double tube(double diameter, double length, double temperature, double moleculeMass) {
		return fromTransmission(TubeTransmission.value(length / diameter), circleArea(diameter), temperature, moleculeMass);
	}

	/** Knudsen's long-tube limit pi v D^3 / (12 L): the asymptote of {@link #tube} for L &gt;&gt; D. */
	public static double longTube(double diameter, double length, double temperature, double moleculeMass) {
		return Math.PI * MaxwellBoltzmann.meanSpeed(temperature, moleculeMass) * diameter * diameter * diameter / (12.0 * length);
	}

	static double circleArea(double diameter) {
		return 0.25 * Math.PI * diameter * diameter;
	}
}
