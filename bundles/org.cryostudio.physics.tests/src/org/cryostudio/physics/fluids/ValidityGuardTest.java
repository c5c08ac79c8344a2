package org.cryostudio.physics.fluids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cryostudio.physics.model.ModelResult;
import org.junit.jupiter.api.Test;

/**
 * Validity guards: every answer outside its model's range is flagged with a warning, and no answer
 * is ever NaN or infinite (FluidState and ModelResult contracts).
 */
class ValidityGuardTest {

	private static boolean mentions(List<String> warnings, String word) {
		return warnings.stream().anyMatch(w -> w.contains(word));
	}

	@Test
	void nitrogenLiquidBelowTheTriplePointIsInvalid() {
		FluidState s = Fluids.of(Gas.N2).stateTP(50, 1e5);
		assertFalse(s.valid());
		assertTrue(mentions(s.warnings(), "solid"), s.warnings()::toString);
		assertFalse(Fluids.of(Gas.N2).saturatedLiquid(50).valid());
	}

	/**
	 * Above the melting line the fluid is solid: N2 melts at 8.5 MPa at 65 K and 235 kPa at 63.2 K
	 * (Span et al. 2000 melting equation; CoolProp 8.0.0 could not compute N2 at 63.2 K and 1 MPa,
	 * property_grid_He_N2.csv); He-4 at 2.5 K is solid above about 5 MPa (Datchi et al. 2000).
	 */
	@Test
	void statesAboveTheMeltingLineAreInvalid() {
		Fluid n2 = Fluids.of(Gas.N2);
		assertTrue(n2.stateTP(65, 5e6).valid());
		FluidState solid = n2.stateTP(65, 1e8);
		assertFalse(solid.valid());
		assertTrue(mentions(solid.warnings(), "melting"), solid.warnings()::toString);
		assertTrue(n2.stateTP(63.2, 1e5).valid());
		assertFalse(n2.stateTP(63.2, 1e6).valid());
		assertFalse(Fluids.of(Gas.HE).stateTP(2.5, 5e7).valid());
		assertTrue(Fluids.of(Gas.HE).stateTP(2.5, 1e6).valid());
		// normal hydrogen uses the para-hydrogen melting line (CoolProp's n-H2 line is wrong at low p)
		assertTrue(Fluids.of(Gas.H2).stateTP(14, 1e5).valid());
		assertFalse(Fluids.of(Gas.H2).stateTP(14, 1e8).valid());
	}

	@Test
	void heliumBelowTheLambdaPointIsInvalidWithLambdaWarning() {
		Fluid he = Fluids.of(Gas.HE);
		for (FluidState s : new FluidState[] { he.stateTP(1.8, 1e5), he.saturatedLiquid(1.8), he.saturatedVapour(2.0),
				he.stateTP(2.0, 3e6) }) {
			assertFalse(s.valid());
			assertTrue(mentions(s.warnings(), "lambda"), s.warnings()::toString);
		}
		// just above the lambda point the EoS is valid
		assertTrue(he.stateTP(2.2, 1e5).valid());
		// the vapour pressure there is the ITS-90 lower-range equation, which is valid
		assertTrue(he.vapourPressure(1.8).valid());
	}

	@Test
	void deuteriumFarBelowItsTriplePointHasNoPublishedCorrelation() {
		ModelResult r = Fluids.of(Gas.D2).vapourPressure(4.2);
		assertFalse(r.valid());
		assertTrue(r.value() > 0 && r.value() < 1e-6, r::toString);
		assertTrue(mentions(r.warnings(), "no published correlation"), r.warnings()::toString);
		ModelResult t = Fluids.of(Gas.D2).vapourTemperature(1e-10);
		assertFalse(t.valid());
	}

	@Test
	void gasesWithoutAnySublimationCorrelationSaySo() {
		ModelResult ne = Fluids.of(Gas.NE).vapourPressure(20);
		assertFalse(ne.valid());
		assertEquals(0, ne.value());
		assertTrue(mentions(ne.warnings(), "no sublimation-pressure correlation"), ne.warnings()::toString);
		// gamma-O2 (43.8-54.36 K) lies between the beta-O2 fit and the triple point
		assertFalse(Fluids.of(Gas.O2).vapourPressure(50).valid());
		// normal H2: only an estimate (the transcribed n-H2 equation is SUSPECT)
		ModelResult h2 = Fluids.of(Gas.H2).vapourPressure(4.2);
		assertFalse(h2.valid());
		assertTrue(h2.value() > 0);
	}

	@Test
	void noVapourPressureAboveTheCriticalPoint() {
		Fluid n2 = Fluids.of(Gas.N2);
		assertFalse(n2.vapourPressure(130).valid());
		assertFalse(n2.vapourTemperature(4e6).valid());
		assertFalse(n2.saturatedVapour(127).valid());
	}

	@Test
	void outsideTheEosPressureAndTemperatureRange() {
		assertFalse(Fluids.of(Gas.CO2).stateTP(300, 1e9).valid());
		assertFalse(Fluids.of(Gas.KR).stateTP(800, 1e5).valid());
		assertTrue(Fluids.of(Gas.KR).stateTP(700, 1e5).valid());
	}

	@Test
	void helium3HasConstantsAndVapourPressureOnly() {
		Fluid he3 = Fluids.of(Gas.HE3);
		assertEquals(3.016029322e-3, he3.molarMass(), 1e-12);
		assertEquals(3.19684, he3.normalBoilingTemperature(), 1e-5);
		assertTrue(Double.isNaN(he3.tripleTemperature()));
		assertTrue(he3.vapourPressure(1.0).valid());
		FluidState s = he3.stateTP(2, 1e4);
		assertFalse(s.valid());
		assertTrue(mentions(s.warnings(), "no equation of state for He-3"));
		assertFalse(he3.maxInversionTemperature().valid());
		assertFalse(he3.vapourPressure(0.3).valid(), "below the ITS-90 range");
	}

	@Test
	void airIsPseudoPure() {
		Fluid air = Fluids.of(Gas.AIR);
		assertTrue(air.stateTP(300, 1e5).valid());
		// near-ideal at ambient conditions: within 0.1 % of p M/(R T) with the EoS's molar mass
		double ideal = IdealGas.density(air.molarMass(), 300, 1e5);
		assertEquals(ideal, air.stateTP(300, 1e5).density(), 1e-3 * ideal);
		assertFalse(air.saturatedLiquid(80).valid());
		assertFalse(air.vapourPressure(80).valid());
	}

	/** A sweep over every gas, temperature and pressure: no NaN or infinity, ever. */
	@Test
	void noAnswerIsEverNaN() {
		double[] ts = { 0.5, 1.8, 3, 10, 20, 40, 63, 77, 100, 150, 200, 300, 700, 1500, 3000 };
		double[] ps = { 1e-12, 1e-3, 1e2, 1e5, 1e6, 1e7, 1e8, 5e9 };
		for (Gas g : Gas.values()) {
			Fluid f = Fluids.of(g);
			for (double t : ts) {
				check(f.vapourPressure(t), g, t);
				check(f.saturatedLiquid(t), g, t);
				for (double p : ps) {
					FluidState s = f.stateTP(t, p);
					check(s, g, t);
					if (s.valid()) {
						assertTrue(s.density() > 0, g + " " + t + " " + p);
					}
				}
			}
			for (double p : ps) {
				check(f.vapourTemperature(p), g, p);
				check(f.statePH(p, 1e5), g, p);
				check(f.statePS(p, 3e3), g, p);
			}
			check(f.maxInversionTemperature(), g, 0);
		}
	}

	private static void check(ModelResult r, Gas g, double x) {
		assertTrue(Double.isFinite(r.value()), () -> g + " at " + x + ": " + r);
		if (!r.valid()) {
			assertFalse(r.warnings().isEmpty(), () -> g + " at " + x + ": invalid without a warning");
		}
	}

	private static void check(FluidState s, Gas g, double x) {
		double[] v = { s.temperature(), s.pressure(), s.density(), s.enthalpy(), s.entropy(), s.internalEnergy(), s.cp(),
				s.cv(), s.speedOfSound(), s.compressibility(), s.jouleThomson() };
		for (double d : v) {
			assertTrue(Double.isFinite(d), () -> g + " at " + x + ": " + s);
		}
		if (!s.valid()) {
			assertFalse(s.warnings().isEmpty(), () -> g + " at " + x + ": invalid without a warning");
		}
	}
}
