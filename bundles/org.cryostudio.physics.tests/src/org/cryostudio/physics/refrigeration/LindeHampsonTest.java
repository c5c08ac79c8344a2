package org.cryostudio.physics.refrigeration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.cryostudio.physics.ReferenceData;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ideal Linde-Hampson yields against reference/linde_hampson_yield.csv (CoolProp 8.0.0 reference EoS;
 * N2, Ar, O2 without precooling, H2 precooled to 77/65 K). Requirement: yield within 0.002.
 */
class LindeHampsonTest {

	static Stream<Arguments> cases() {
		return ReferenceData.rows("linde_hampson_yield.csv").stream().skip(1)
				.map(r -> Arguments.of(r[0], Double.parseDouble(r[1]), Double.parseDouble(r[2]), Double.parseDouble(r[3]),
						Double.parseDouble(r[8]), Double.parseDouble(r[9]), Double.parseDouble(r[10])));
	}

	@ParameterizedTest(name = "{0} from {1} K, {2} -> {3} Pa")
	@MethodSource("cases")
	void yieldAndWorkMatchReference(String fluid, double tin, double plow, double phigh, double yield, double work,
			double workPerLiquid) {
		LindeHampson lh = LindeHampson.ideal(Fluids.of(Gas.lookup(fluid).orElseThrow()), tin, plow, phigh);
		assertEquals(yield, lh.yield(), 0.002);
		assertEquals(work, lh.workPerKgCompressed(), 0.005 * work);
		assertEquals(workPerLiquid, lh.workPerKgLiquefied(), 0.05 * workPerLiquid);
	}

	@Test
	void precoolingRaisesTheHydrogenYieldAndCostsPrecoolerHeat() {
		var h2 = Fluids.of(Gas.H2);
		LindeHampson at77 = LindeHampson.precooled(h2, 300, 77, 1e5, 1e7);
		LindeHampson at65 = LindeHampson.precooled(h2, 300, 65, 1e5, 1e7);
		assertTrue(at65.yield() > at77.yield());
		assertTrue(at77.precoolingHeatPerKg() > 0);
		// without precooling hydrogen at 300 K is above its inversion temperature (~200 K): no liquid
		LindeHampson warm = LindeHampson.ideal(h2, 300, 1e5, 1e7);
		assertEquals(0.0, warm.yield());
		assertTrue(!warm.valid());
	}
}
