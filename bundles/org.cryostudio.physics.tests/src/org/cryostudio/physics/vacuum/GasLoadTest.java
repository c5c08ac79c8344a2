package org.cryostudio.physics.vacuum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Gas-load models: time laws, desorption, hydrogen diffusion, leaks (sources in each comment). */
class GasLoadTest {

	@Test
	void outgassingLawDecaysAsPowerOfTime() {
		OutgassingLaw ss = OutgassingLaw.of("SS304", "unbaked");
		assertEquals(ss.q1() / 10, ss.rateValue(36000), 1e-12 * ss.q1());
		assertFalse(ss.rate(36000).valid(), "recalled [R] data carry a warning");
		// integral of q1 (t/1h)^-1 from 1 h to 10 h is q1 x 1 h x ln 10
		assertEquals(ss.q1() * 3600 * Math.log(10), ss.releasedBetween(3600, 36000), 1e-9 * ss.q1() * 3600);
		// baked steel (Young 1969, 2e-12 Torr L/(s cm2)) outgasses five orders of magnitude less than unbaked after 1 h
		assertEquals(2.7e-9, OutgassingLaw.of("SS304", "baked 250C 24h").rateValue(36000), 1e-10);
	}

	@Test
	void desorptionAtTypicalBakeTemperature() {
		// Redhead (1962): residence time 1/k at 0.9 eV, nu = 1e13/s: ~1e2 s at 300 K... check the ratio form
		double k300 = ArrheniusDesorption.rateConstant(0.9, 300, ArrheniusDesorption.TYPICAL_ATTEMPT_FREQUENCY);
		double k450 = ArrheniusDesorption.rateConstant(0.9, 450, ArrheniusDesorption.TYPICAL_ATTEMPT_FREQUENCY);
		assertEquals(k450 / k300, ArrheniusDesorption.rateRatio(0.9, 300, 450), 1e-9 * k450 / k300);
		assertEquals(Math.exp(-1), ArrheniusDesorption.remainingFraction(0.9, 450, 1e13, 1 / k450), 1e-12);
	}

	@Test
	void hydrogenDiffusionDepletionByABake() {
		// Calder & Lewin (1967): a 2 mm stainless wall baked at 400 C for 24 h loses most of its hydrogen
		HydrogenDiffusionOutgassing wall = new HydrogenDiffusionOutgassing(2e-3, 1.0e5,
				HydrogenDiffusionOutgassing.STAINLESS_D0, HydrogenDiffusionOutgassing.STAINLESS_ACTIVATION_EV);
		double bake = wall.fourierNumber(673, 24 * 3600);
		assertTrue(bake > 0.1, "Fourier number of the bake: " + bake);
		double before = wall.rate(wall.fourierNumber(295, 24 * 3600), 295);
		double after = wall.rate(bake + wall.fourierNumber(295, 24 * 3600), 295);
		assertTrue(after < before / 100, "bake reduces the room-temperature rate: " + before + " -> " + after);
		// conservation: the released gas equals the loss of content (both faces)
		assertEquals(1.0, HydrogenDiffusionOutgassing.remainingFraction(0), 1e-12);
		double f = 0.05;
		double remaining = HydrogenDiffusionOutgassing.remainingFraction(f);
		double released = 0;
		int steps = 20000;
		for (int i = 0; i < steps; i++) {
			double fi = (i + 0.5) * f / steps;
			released += 2 * wall.rate(fi, 295) / (wall.diffusivity(295) / (2e-3 * 2e-3)) * (f / steps);
		}
		assertEquals((1 - remaining) * 1.0e5 * 2e-3, released, 0.01 * released);
	}

	@Test
	void leakConversionsAndStandardFlow() {
		// helium leak of 1e-9 Pa m3/s in molecular flow -> air: x sqrt(4.0026/28.96) = 0.372
		assertEquals(0.3718e-9, Leak.molecularConversion(1e-9, 4.0026e-3, 28.96e-3), 1e-13);
		assertEquals(1.6888e-3, Leak.fromSccm(1), 1e-7);
		assertEquals(0.25, Leak.pulsedMean(1, 1, 4), 1e-12);
	}
}
