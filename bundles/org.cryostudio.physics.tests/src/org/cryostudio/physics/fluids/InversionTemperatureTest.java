package org.cryostudio.physics.fluids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;

import org.cryostudio.physics.model.ModelResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Joule-Thomson inversion against reference/jt_max_inversion_temperature.csv (CoolProp 8.0.0, zero
 * of T dB/dT - B and mu_JT = 0 at 1 atm). Requirement: within 0.5 K; answers beyond the EoS upper
 * temperature limit (CH4, CO) are flagged invalid.
 */
class InversionTemperatureTest {

	static Stream<Map<String, String>> rows() {
		return Csv.read("jt_max_inversion_temperature.csv").stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void maximumInversionTemperatureMatchesReference(Map<String, String> row) {
		Fluid f = Fluids.of(Csv.gas(row.get("fluid")));
		ModelResult max = f.maxInversionTemperature();
		assertEquals(Csv.num(row, "T_inv_max_K(zero of T*dB/dT-B; p->0)"), max.value(), 0.5);
		assertEquals(max.value() <= Csv.num(row, "T_max_eos_K"), max.valid(), max.warnings()::toString);
		// at the maximum, T dB/dT = B: check with the public second virial coefficient
		double t = max.value(), h = 1e-4 * t;
		double b = f.secondVirialCoefficient(t).value();
		double dbdt = (f.secondVirialCoefficient(t + h).value() - f.secondVirialCoefficient(t - h).value()) / (2 * h);
		assertEquals(b, t * dbdt, 1e-6 * Math.abs(b));
		assertEquals(Csv.num(row, "B_at_Tinv_m3_mol"), b, 1e-3 * b);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void inversionTemperatureAtOneAtmosphereMatchesReference(Map<String, String> row) {
		Fluid f = Fluids.of(Csv.gas(row.get("fluid")));
		ModelResult r = f.inversionTemperature(101325);
		assertEquals(Csv.num(row, "T_inv_K(mu_JT=0 at p=101325Pa)"), r.value(), 0.5);
		assertEquals(0, f.stateTP(r.value(), 101325).jouleThomson(), 1e-12);
	}

	@Test
	void muJtChangesSignAcrossTheInversionCurve() {
		Fluid n2 = Fluids.of(Gas.N2);
		double tinv = n2.inversionTemperature(1e6).value();
		assertTrue(n2.stateTP(tinv - 20, 1e6).jouleThomson() > 0, "cools below");
		assertTrue(n2.stateTP(tinv + 20, 1e6).jouleThomson() < 0, "warms above");
		// above the highest pressure of the inversion curve (~39 MPa for N2) there is no inversion
		assertFalse(n2.inversionTemperature(80e6).valid());
	}

	@Test
	void vanDerWaalsMaximumIsTwentySevenQuartersOfTc() {
		VanDerWaals vdw = VanDerWaals.of(Gas.N2);
		assertEquals(27.0 / 4 * Fluids.of(Gas.N2).criticalTemperature(), vdw.maxInversionTemperature().value(), 1e-9);
		double b = vdw.b();
		// at V_m = 2b the factor ((V-b)/V)^2 is 1/4
		assertEquals(vdw.maxInversionTemperature().value() / 4, vdw.inversionTemperature(2 * b).value(), 1e-9);
		assertFalse(vdw.inversionTemperature(0.5 * b).valid());
		// the critical point of the vdW equation itself: p(Tc, Vc = 3b) = pc
		assertEquals(vdw.criticalPressure(), vdw.pressure(vdw.criticalTemperature(), 3 * b), 1e-6 * vdw.criticalPressure());
	}
}
