package org.cryostudio.physics.fluids;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ideal Linde-Hampson yields y = (h1 - h2)/(h1 - hf) from this EoS's enthalpies against
 * reference/linde_hampson_yield.csv (CoolProp 8.0.0). h1 at (T_in, p_low), h2 at (T_in, p_high),
 * hf saturated liquid at p_low. Requirement: y within 0.002; the saturation temperature at p_low
 * within 1 mK.
 */
class LindeHampsonYieldTest {

	static Stream<Map<String, String>> rows() {
		return Csv.read("linde_hampson_yield.csv").stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("rows")
	void yieldFromEnthalpiesMatchesReference(Map<String, String> row) {
		Fluid f = Fluids.of(Csv.gas(row.get("fluid")));
		double tin = Csv.num(row, "T_in_K"), plow = Csv.num(row, "p_low_Pa"), phigh = Csv.num(row, "p_high_Pa");
		double h1 = f.stateTP(tin, plow).enthalpy(), h2 = f.stateTP(tin, phigh).enthalpy();
		double tsat = f.vapourTemperature(plow).value();
		double hf = f.saturatedLiquid(tsat).enthalpy();
		assertEquals(Csv.num(row, "T_sat_low_K"), tsat, 1e-3);
		assertEquals(Csv.num(row, "yield_y"), (h1 - h2) / (h1 - hf), 0.002);
	}
}
