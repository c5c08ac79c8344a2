package org.cryostudio.physics.structures;

import java.util.List;

import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.model.ValidityRange;

/**
 * Elastic buckling pressure of thin shells under uniform external pressure, with knock-down factors
 * for real (imperfect) shells. E is Young's modulus and nu Poisson's ratio at the shell's temperature
 * (from {@link org.cryostudio.physics.thermal.Material}); all SI (Pa, m).
 *
 * <ul>
 * <li>Sphere: classical Zoelly (1915) value p_cl = 2 E (t/R)^2 / sqrt(3 (1 - nu^2)) (S. Timoshenko,
 * J. Gere, <i>Theory of Elastic Stability</i>, 2nd ed., sec. 11.x), times a knock-down factor; tests of
 * real spheres fall to 0.15-0.3 of p_cl. ASME BPVC VIII-1 UG-28(d) in the elastic range allows
 * B/(R/t) with B = A E/2, A = 0.125/(R/t), i.e. 0.0625 E (t/R)^2, which includes its own knock-down
 * and a safety factor of 4 [R: formula recalled, check the Code].</li>
 * <li>Cylinder with ends (lateral and axial pressure), simply supported between stiffeners at
 * spacing L: Windenburg-Trilling approximation of von Mises' solution,
 * p = 2.42 E (t/D)^2.5 / ((1 - nu^2)^0.75 (L/D - 0.45 (t/D)^0.5)) (D. F. Windenburg, C. Trilling,
 * <i>Trans. ASME</i> 56 (1934) 819), but not below the long-tube (Bresse-Bryan) value
 * 2 E (t/D)^3 / (1 - nu^2). NASA SP-8007 recommends a knock-down of 0.75 for cylinders under
 * lateral pressure [R].</li>
 * <li>Complete torus (minor radius r, wall t): no closed-form solution exists (Sobel &amp; Flügge,
 * <i>AIAA J.</i> 5 (1967) 425, give design curves). This model returns the long-cylinder (ring)
 * value of the minor cross-section, 2 E (t/(2r))^3/(1 - nu^2), which neglects the stiffening by the
 * meridional curvature and is conservative; it is flagged as an estimate.</li>
 * </ul>
 * Validity: thin shells (R/t &gt; 10) in the elastic range; plastic collapse of thicker shells is not
 * covered (the result says so).
 */
public final class ShellBuckling {

	/** NASA SP-8007 knock-down for cylinders under lateral pressure [R]. */
	public static final double CYLINDER_KNOCKDOWN = 0.75;
	/** Knock-down commonly used for complete spheres (the lower part of the 0.15-0.3 test band) [R]. */
	public static final double SPHERE_KNOCKDOWN = 0.2;

	private ShellBuckling() {
	}

	/** @return classical (Zoelly) buckling pressure of a complete sphere, Pa */
	public static double sphereClassical(double radius, double thickness, double youngsModulus, double poisson) {
		double tr = thickness / radius;
		return 2.0 * youngsModulus * tr * tr / Math.sqrt(3.0 * (1.0 - poisson * poisson));
	}

	/** @return knocked-down sphere buckling pressure with validity, Pa */
	public static ModelResult sphere(double radius, double thickness, double youngsModulus, double poisson, double knockdown) {
		return thin("sphere, Zoelly x knock-down " + knockdown, "Zoelly (1915); Timoshenko & Gere sec. 11",
				knockdown * sphereClassical(radius, thickness, youngsModulus, poisson), radius / thickness);
	}

	/** @return ASME VIII-1 UG-28(d) elastic allowable external pressure of a sphere, 0.0625 E (t/R)^2, Pa */
	public static double sphereAsmeElasticAllowable(double radius, double thickness, double youngsModulus) {
		double tr = thickness / radius;
		return 0.0625 * youngsModulus * tr * tr;
	}

	/** @return Windenburg-Trilling (von Mises) buckling pressure of a cylinder with ends, bounded below by the long-tube value, Pa */
	public static double cylinderClassical(double diameter, double length, double thickness, double youngsModulus,
			double poisson) {
		double td = thickness / diameter;
		double denominator = length / diameter - 0.45 * Math.sqrt(td);
		double shortTube = denominator > 0
				? 2.42 * youngsModulus * Math.pow(td, 2.5) / (Math.pow(1.0 - poisson * poisson, 0.75) * denominator)
				: Double.MAX_VALUE;
		double longTube = 2.0 * youngsModulus * td * td * td / (1.0 - poisson * poisson);
		return Math.max(shortTube, longTube);
	}

	/** @return knocked-down cylinder buckling pressure with validity, Pa */
	public static ModelResult cylinder(double diameter, double length, double thickness, double youngsModulus, double poisson,
			double knockdown) {
		return thin("cylinder with ends, Windenburg-Trilling x knock-down " + knockdown,
				"Windenburg & Trilling, Trans. ASME 56 (1934) 819; NASA SP-8007",
				knockdown * cylinderClassical(diameter, length, thickness, youngsModulus, poisson), 0.5 * diameter / thickness);
	}

	/** @return conservative estimate for a complete torus (ring buckling of the minor section), Pa, flagged as an estimate */
	public static ModelResult torus(double minorRadius, double thickness, double youngsModulus, double poisson, double knockdown) {
		double td = thickness / (2.0 * minorRadius);
		double value = knockdown * 2.0 * youngsModulus * td * td * td / (1.0 - poisson * poisson);
		return thin("torus, long-cylinder bound of the minor section", "Sobel & Flügge, AIAA J. 5 (1967) 425 (design curves)",
				value, minorRadius / thickness)
				.withWarning("torus: conservative long-cylinder estimate; Sobel & Flügge's curves give higher buckling pressures");
	}

	/** @return safety factor p_buckling / p_external */
	public static double safetyFactor(double bucklingPressure, double externalPressure) {
		return bucklingPressure / externalPressure;
	}

	private static ModelResult thin(String model, String source, double value, double radiusOverThickness) {
		ValidityRange range = new ValidityRange("R/t", 10, Double.MAX_VALUE, "1");
		ModelResult r = ModelResult.of(value, "Pa", model, source, List.of(range));
		if (radiusOverThickness < 10) {
			r = r.withWarning("R/t = " + radiusOverThickness + " < 10: not a thin shell; plastic collapse may govern");
		}
		return r;
	}
}
