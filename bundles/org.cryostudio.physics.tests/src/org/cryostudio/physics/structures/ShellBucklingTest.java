package org.cryostudio.physics.structures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cryostudio.physics.thermal.Materials;
import org.junit.jupiter.api.Test;

/** Buckling formulas against their classical closed forms (Timoshenko & Gere; Windenburg & Trilling 1934). */
class ShellBucklingTest {

	@Test
	void zoellySphereIs1point21ETSquaredOverRSquaredForSteel() {
		// Timoshenko & Gere: p_cr = 1.21 E (t/R)^2 for nu = 0.3
		double p = ShellBuckling.sphereClassical(1.0, 0.01, 200e9, 0.3);
		assertEquals(1.21 * 200e9 * 1e-4, p, 0.005 * p);
		// ASME elastic allowable includes knock-down and safety factor: 0.0625 / 1.21 ~ 5 % of classical
		assertEquals(0.0517, ShellBuckling.sphereAsmeElasticAllowable(1.0, 0.01, 200e9) / p, 0.001);
	}

	@Test
	void windenburgTrillingCylinder() {
		// D = 1 m, L = 1 m, t = 5 mm, steel: 2.42 E (t/D)^2.5 / ((1-nu^2)^0.75 (L/D - 0.45 sqrt(t/D)))
		double e = 200e9;
		double expected = 2.42 * e * Math.pow(0.005, 2.5) / (Math.pow(1 - 0.09, 0.75) * (1 - 0.45 * Math.sqrt(0.005)));
		assertEquals(expected, ShellBuckling.cylinderClassical(1, 1, 0.005, e, 0.3), 1e-9 * expected);
		// a very long tube falls back to the Bresse-Bryan ring value 2E/(1-nu^2) (t/D)^3
		double ring = 2 * e / (1 - 0.09) * Math.pow(0.005, 3);
		assertEquals(ring, ShellBuckling.cylinderClassical(1, 1000, 0.005, e, 0.3), 1e-9 * ring);
	}

	@Test
	void vesselOfSS304At4K() {
		var ss = Materials.of("SS304");
		double e = ss.youngsModulus(5).value();
		var sphere = ShellBuckling.sphere(0.5, 0.003, e, ss.poissonRatio(), ShellBuckling.SPHERE_KNOCKDOWN);
		assertTrue(sphere.valid());
		assertTrue(ShellBuckling.safetyFactor(sphere.value(), 101325) > 4);
		assertFalse(ShellBuckling.torus(0.2, 0.003, e, ss.poissonRatio(), 1).valid(), "torus is an estimate");
		assertFalse(ShellBuckling.sphere(0.05, 0.01, e, 0.3, 1).valid(), "thick shell is flagged");
	}
}
