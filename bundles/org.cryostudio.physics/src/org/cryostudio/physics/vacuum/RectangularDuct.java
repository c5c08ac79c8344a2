package org.cryostudio.physics.vacuum;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Free-molecular transmission probability of a straight duct of rectangular cross-section a x b.
 *
 * <p>Long-duct limit, exact for diffuse walls: Knudsen-Smoluchowski's chord integral,
 * C_long = v/(8L) (1/2) integral over directions theta of integral of chord(p, theta)^2 dp, which for a
 * circle gives Knudsen's pi v D^3/(12 L) (M. v. Smoluchowski, <i>Ann. Phys.</i> 33 (1910) 1559;
 * the chord form as in Jousten (ed.), <i>Handbook of Vacuum Technology</i>, sec. 4.5). It is evaluated
 * here by Gauss-Legendre quadrature over the direction, with the chord-length profile of the
 * rectangle in closed form. It defines the equivalent diameter D_eq of the round tube with the same
 * long-duct conductance per unit area, D_eq = (3/(4 a b)) integral_0^(pi/2) I(theta) d theta
 * (D_eq = D for a circle).
 *
 * <p>Finite length: W(L) = W_tube(L / D_eq), Clausing's tube solution at the equivalent L/D. This
 * mapping is exact at both limits (orifice and long duct) and an approximation in between: for
 * square ducts it agrees with Monte Carlo results to a few percent; for slot-like ducts
 * (b/a &lt; 0.1) of intermediate length the error can reach 10 % [estimate, not a cited bound].
 * Inputs: a, b, L in m.
 */
public final class RectangularDuct {

	private static final GaussIntegrator GAUSS = new GaussIntegratorFactory().legendre(24, 0.0, 1.0);

	private RectangularDuct() {
	}

	/**
	 * Equivalent diameter: the round tube with the same long-duct transmission per unit length.
	 *
	 * @param a side, m
	 * @param b side, m
	 * @return D_eq, m
	 */
	public static double equivalentDiameter(double a, double b) {
		double split = Math.atan2(b, a);
		double integral = integrate(a, b, 0.0, split) + integrate(a, b, split, 0.5 * Math.PI);
		return 0.75 * integral / (a * b);
	}

	/** @return W of a duct a x b of length L */
	public static double transmission(double a, double b, double length) {
		return TubeTransmission.value(length / equivalentDiameter(a, b));
	}

	/** @return molecular conductance W a b v/4, m3/s */
	public static double conductance(double a, double b, double length, double temperature, double moleculeMass) {
		return MolecularConductance.fromTransmission(transmission(a, b, length), a * b, temperature, moleculeMass);
	}

	/** Integral over theta in [lo, hi] of I(theta) = integral of chord^2 dp. */
	private static double integrate(double a, double b, double lo, double hi) {
		double sum = 0;
		for (int i = 0; i < GAUSS.getNumberOfPoints(); i++) {
			double theta = lo + (hi - lo) * GAUSS.getPoint(i);
			sum += GAUSS.getWeight(i) * chordSquareIntegral(a, b, theta);
		}
		return sum * (hi - lo);
	}

	/**
	 * For chords in direction theta (0..pi/2 from side a), the chord length across the rectangle rises
	 * linearly over a ramp, stays at its maximum, then falls: integral of chord^2 over the transverse
	 * coordinate = 2 lmax^2 ramp / 3 + lmax^2 plateau.
	 */
	private static double chordSquareIntegral(double a, double b, double theta) {
		double s = Math.sin(theta);
		double c = Math.cos(theta);
		double u1 = a * s;
		double u2 = b * c;
		double ramp = Math.min(u1, u2);
		double plateau = Math.abs(u1 - u2);
		double longest = u1 < u2 ? a / c : b / s;
		return longest * longest * (2.0 * ramp / 3.0 + plateau);
	}
}
