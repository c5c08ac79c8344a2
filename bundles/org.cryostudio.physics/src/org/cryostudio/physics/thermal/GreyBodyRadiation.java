package org.cryostudio.physics.thermal;

import static org.cryostudio.physics.PhysicalConstants.STEFAN_BOLTZMANN;

/**
 * Net radiative heat exchange between two grey, diffuse surfaces that see only each other.
 *
 * <p>Parallel plates (infinite, or large compared with their gap):
 * q = sigma (T1^4 - T2^4) / (1/e1 + 1/e2 - 1). Coaxial cylinders or concentric spheres, inner surface
 * 1 enclosed by surface 2, diffuse reflection: Q = sigma A1 (T1^4 - T2^4) / (1/e1 + (A1/A2)(1/e2 - 1)).
 * Source: F. P. Incropera et al., <i>Fundamentals of Heat and Mass Transfer</i>, 6th ed., sec. 13.3;
 * R. F. Barron, <i>Cryogenic Heat Transfer</i> (1999), ch. 8. Exact for grey diffuse surfaces;
 * real cryogenic surfaces are partly specular and their emissivity depends on temperature
 * ({@link Emissivities}). Inputs: T in K, emissivities in (0, 1], areas in m2. Outputs W/m2 or W.
 */
public final class GreyBodyRadiation {

	private GreyBodyRadiation() {
	}

	/** @return heat flux from plate 1 to plate 2, W/m2 */
	public static double parallelPlates(double t1, double t2, double emissivity1, double emissivity2) {
		return STEFAN_BOLTZMANN * (pow4(t1) - pow4(t2)) / (1.0 / emissivity1 + 1.0 / emissivity2 - 1.0);
	}

	/** @return heat flow from the inner surface 1 (area A1) to the enclosing surface 2 (area A2), W */
	public static double enclosed(double t1, double t2, double emissivity1, double emissivity2, double area1, double area2) {
		return STEFAN_BOLTZMANN * area1 * (pow4(t1) - pow4(t2))
				/ (1.0 / emissivity1 + area1 / area2 * (1.0 / emissivity2 - 1.0));
	}

	/** @return effective emissivity factor of the plate pair, 1/(1/e1 + 1/e2 - 1) */
	public static double parallelPlateFactor(double emissivity1, double emissivity2) {
		return 1.0 / (1.0 / emissivity1 + 1.0 / emissivity2 - 1.0);
	}

	static double pow4(double t) {
		double t2 = t * t;
		return t2 * t2;
	}
}
