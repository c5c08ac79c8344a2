package org.cryostudio.physics.refrigeration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cryostudio.physics.PhysicalConstants;
import org.junit.jupiter.api.Test;

/** Refrigeration models (sources per test). */
class RefrigerationTest {

	@Test
	void minimumTemperatureInvertsThePowerLaw() {
		double w = Carnot.powerAgainstConductiveLeak(0.01, 50, 300, 0.1);
		assertEquals(50, Carnot.minimumTemperature(w, 0.01, 300, 0.1), 1e-9);
		double q = 2.0;
		double p = Carnot.inputPower(q, 20, 300, 0.2);
		assertEquals(20, Carnot.minimumTemperatureForConstantLoad(p, q, 300, 0.2), 1e-9);
		assertEquals(q + p, Carnot.rejectedHeat(q, 20, 300, 0.2), 1e-9);
	}

	@Test
	void idealStirlingReachesCarnot() {
		// Walker, Cryocoolers: perfect regenerator -> COP = Tc/(Th - Tc)
		assertEquals(Carnot.coefficientOfPerformance(80, 300), StirlingCycle.coefficientOfPerformance(80, 300, 2, 1, 1.5 * PhysicalConstants.GAS_CONSTANT), 1e-12);
		assertTrue(StirlingCycle.coefficientOfPerformance(80, 300, 2, 0.95, 1.5 * PhysicalConstants.GAS_CONSTANT) < Carnot.coefficientOfPerformance(80, 300));
	}

	@Test
	void dilutionRefrigeratorPobell() {
		// Pobell eq. 7.30: 84 n3 T^2; n3 = 100 umol/s at 10 mK -> 0.84 uW
		assertEquals(0.84e-6, DilutionRefrigerator.coolingPower(100e-6, 0.01, 0.01), 1e-12);
		assertEquals(0.01, DilutionRefrigerator.mixingChamberTemperature(0.84e-6, 100e-6), 1e-9);
	}

	@Test
	void fountainHeightAt1point8K() {
		// s(1.8 K) ~ 0.6 J/(g K) (Donnelly & Barenghi 1998 spline between 1.554 K: 0.237 and 1.904 K: 0.732):
		// h = s dT/g ~ 0.06 m per mK
		var h = FountainEffect.height(1.8, 1e-3);
		assertTrue(h.valid());
		assertEquals(0.058, h.value(), 0.008);
		assertEquals(966.317, FountainEffect.entropy(2.00303241).value(), 1e-6);
		assertFalse(FountainEffect.entropy(2.3).valid(), "He I is outside the table");
	}
}
