package org.cryostudio.physics.fluids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cryostudio.physics.PhysicalConstants;
import org.cryostudio.physics.model.ModelResult;
import org.junit.jupiter.api.Test;

/** The textbook models beside the reference EoS: ideal gas, Clausius-Clapeyron. (vdW: InversionTemperatureTest.) */
class TextbookModelsTest {

	@Test
	void idealGasIsValidOnlyWhereZIsCloseToOne() {
		ModelResult ambient = IdealGas.density(Gas.N2, 300, 1e5);
		assertTrue(ambient.valid());
		assertEquals(1e5 * 0.02801348 / (PhysicalConstants.GAS_CONSTANT * 300), ambient.value(), 1e-12);
		ModelResult dense = IdealGas.density(Gas.N2, 300, 2e7);
		assertFalse(dense.valid(), "Z(300 K, 200 bar) = 1.04 for N2");
		assertFalse(IdealGas.density(Gas.HE, 4.2, 1e5).valid(), "liquid helium");
	}

	@Test
	void clausiusClapeyronThroughTheEosSaturationPoint() {
		Fluid n2 = Fluids.of(Gas.N2);
		ClausiusClapeyron cc = ClausiusClapeyron.fromSaturation(n2, 77.355);
		assertEquals(101325, cc.pressure(77.355).value(), 1);
		// the constant-L model drifts from phase equilibrium: ~1 % at +-3 K, ~6 % at 70 K (L grows as T falls)
		for (double t : new double[] { 75, 80 }) {
			double eos = n2.vapourPressure(t).value();
			assertEquals(eos, cc.pressure(t).value(), 0.015 * eos, t + " K");
		}
		for (double t : new double[] { 70, 85 }) {
			double eos = n2.vapourPressure(t).value();
			assertEquals(eos, cc.pressure(t).value(), 0.08 * eos, t + " K");
		}
		// inverse
		assertEquals(80, cc.temperature(cc.pressure(80).value()).value(), 1e-9);
		// far from T0 the answer is flagged
		assertFalse(cc.pressure(120).valid());
		// L of N2 at the normal boiling point: 5.58 kJ/mol (h_fg = 199.18 kJ/kg in fluid_constants.csv)
		assertEquals(199176.052751 * n2.molarMass(), cc.latentHeat(), 1);
	}
}
