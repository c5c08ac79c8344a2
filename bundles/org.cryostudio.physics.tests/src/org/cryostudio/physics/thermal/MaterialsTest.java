package org.cryostudio.physics.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.cryostudio.physics.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Material property fits against reference/nist_cryogenic_k_values.csv and nist_cryogenic_k_integrals.csv
 * (shared/reference, NIST cryogenic fits evaluated independently; literature.md sec. 4).
 * Requirement: integrals within 1 %.
 */
class MaterialsTest {

	private static final Map<String, String> NAMES = Map.of("SS304 (NIST)", "SS304", "Cu OFHC RRR=50 (NIST)", "OFHC_RRR50",
			"Cu OFHC RRR=100 (NIST)", "OFHC_RRR100", "Al 6061-T6 (NIST)", "Al6061T6", "G-10 CR normal (NIST)", "G10CR",
			"G-10 CR warp (NIST)", "G10CR_WARP", "Ti-6Al-4V (NIST)", "Ti6Al4V", "Polyimide/Kapton (NIST)", "Polyimide");

	static Stream<Arguments> kValues() {
		return ReferenceData.rows("nist_cryogenic_k_values.csv").stream().skip(1)
				.filter(r -> r[3].equals("True"))
				.map(r -> Arguments.of(NAMES.get(r[0]), Double.parseDouble(r[1]), Double.parseDouble(r[2])));
	}

	static Stream<Arguments> kIntegrals() {
		return ReferenceData.rows("nist_cryogenic_k_integrals.csv").stream().skip(1)
				.map(r -> Arguments.of(NAMES.get(r[0]), Double.parseDouble(r[1]), Double.parseDouble(r[2]),
						Double.parseDouble(r[3]), r[4].equals("True")));
	}

	@ParameterizedTest(name = "{0} k({1} K)")
	@MethodSource("kValues")
	void conductivityMatchesNistFitValues(String material, double t, double k) {
		assertEquals(k, Materials.of(material).conductivityValue(t), 1e-4 * k);
		assertTrue(Materials.of(material).conductivity(t).valid());
	}

	@ParameterizedTest(name = "{0} {1}..{2} K")
	@MethodSource("kIntegrals")
	void conductivityIntegralWithinOnePercentOfNist(String material, double lo, double hi, double integral, boolean inRange) {
		var result = Materials.of(material).conductivityIntegral(lo, hi);
		assertEquals(integral, result.value(), 0.01 * integral);
		assertEquals(inRange, result.valid(), "validity follows the fit's equation range");
	}

	@Test
	void integralTableAgreesWithDirectQuadrature() {
		Material cu = Materials.of("OFHC_RRR100");
		for (double[] range : new double[][] { { 4, 300 }, { 4.2, 20 }, { 17, 23 }, { 77, 80 } }) {
			double table = cu.conductivityIntegralValue(range[0], range[1]);
			double direct = CumulativeIntegral.direct(cu::conductivityValue, range[0], range[1]);
			assertEquals(direct, table, 1e-6 * Math.abs(direct));
		}
		assertEquals(-cu.conductivityIntegralValue(4, 77), cu.conductivityIntegralValue(77, 4), 1e-9);
	}

	@Test
	void lookupByTheNamesASpecUses() {
		for (String name : List.of("SS304", "SS316LN", "OFHC_RRR100", "OFHC_RRR50", "Al6061T6", "G10CR", "Ti6Al4V", "Polyimide")) {
			assertEquals(name, Materials.of(name).name());
		}
		assertSame(Materials.of("Polyimide"), Materials.of("kapton"));
		assertSame(Materials.of("SS304"), Materials.of("304L"));
		assertThrows(IllegalArgumentException.class, () -> Materials.of("unobtainium"));
	}

	@Test
	void heatCapacityAndModulusAgreeWithNistPointValues() {
		// NIST 304 page, as tabulated in a worked example (find_string id 67491033076): cp(77 K) = 205, cp(293 K) = 471 J/(kg K); E(293 K) = 200 GPa, E(77) = 214 GPa
		Material ss = Materials.of("SS304");
		assertEquals(205, ss.heatCapacityValue(77), 0.03 * 205);
		assertEquals(471, ss.heatCapacityValue(293), 0.03 * 471);
		assertEquals(200e9, ss.youngsModulus(293).value(), 0.02 * 200e9);
		assertEquals(214e9, ss.youngsModulus(77).value(), 0.02 * 214e9);
		// 6061-T6 point values quoted with the NIST fit in a public material pack (id 55587872171): cp(77 K) = 348.13, E(293 K) = 70.36 GPa
		Material al = Materials.of("Al6061T6");
		assertEquals(348.128, al.heatCapacityValue(77), 1e-3);
		assertEquals(70.3586e9, al.youngsModulus(293).value(), 1e6);
	}

	@Test
	void materialWithoutHeatCapacityFitSaysSo() {
		assertFalse(Materials.of("Ti6Al4V").heatCapacity(100).valid());
		assertFalse(Materials.of("Ti6Al4V").conductivity(10).valid(), "the Ti-6Al-4V fit diverges below 20 K");
	}

	@Test
	void cooldownEnthalpyOfCopperFrom300To4K() {
		// integral of cp dT for copper 4 -> 300 K is about 79 kJ/kg (e.g. Ekin, Experimental Techniques, App. A6.2: 79.6 kJ/kg [R])
		double h = Materials.of("OFHC_RRR100").enthalpyChange(4, 300).value();
		assertEquals(79.6e3, h, 0.03 * 79.6e3);
	}
}
