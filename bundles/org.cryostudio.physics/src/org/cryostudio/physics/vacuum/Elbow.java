package org.cryostudio.physics.vacuum;

/**
 * Free-molecular transmission of a round elbow (bend) by the equivalent straight tube: axial
 * length plus 1.33 D per 180 degrees of bend, L_eq = L_axis + 1.33 D (theta / 180 deg).
 *
 * <p>Source: the engineering rule given in A. Roth, <i>Vacuum Technology</i>, 3rd ed. (Elsevier 1990),
 * sec. 3.4, and repeated in K. Jousten (ed.), <i>Handbook of Vacuum Technology</i> [R: recalled,
 * check the coefficient]. Monte Carlo studies (D. H. Davis, <i>J. Appl. Phys.</i> 31 (1960) 1169)
 * show that a 90 degree elbow transmits within about 5 % of a straight tube of the same axial
 * length when L/D &gt; 2, which this rule brackets. Inputs: D and axial length in m, angle in degrees.
 */
public final class Elbow {

	private static final double LENGTH_PER_HALF_TURN = 1.33;

	private Elbow() {
	}

	/** @return equivalent straight length, m */
	public static double equivalentLength(double diameter, double axialLength, double bendDegrees) {
		return axialLength + LENGTH_PER_HALF_TURN * diameter * bendDegrees / 180.0;
	}

	/** @return transmission probability */
	public static double transmission(double diameter, double axialLength, double bendDegrees) {
		return TubeTransmission.value(equivalentLength(diameter, axialLength, bendDegrees) / diameter);
	}
}
