package org.cryostudio.physics.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.cryostudio.physics.ReferenceData;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.kinetic.GasKinetics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Radiation, MLI, residual-gas and Kapitza models against reference/mli_reference_numbers.csv and textbook values. */
class HeatTransferTest {

	static Stream<Arguments> lockheedRows() {
		return ReferenceData.rows("mli_reference_numbers.csv").stream().skip(1).filter(r -> r[0].startsWith("\"Lockheed"))
				// the quoted case name contains commas: count fields from the end of the row
				.map(r -> {
					int n = r.length;
					return Arguments.of(Integer.parseInt(r[n - 5]), Double.parseDouble(r[n - 4]), Double.parseDouble(r[n - 3]),
							Double.parseDouble(r[n - 2]));
				});
	}

	@ParameterizedTest(name = "{0} layers at {1}/cm")
	@MethodSource("lockheedRows")
	void lockheedEquationMatchesReference(int layers, double density, double torr, double flux) {
		// mli_reference_numbers.csv (literature.md sec. 6): Keller et al. NASA CR-134477, 300 -> 77 K
		double q = MultilayerInsulation.heatFluxValue(300, 77, layers, density, torr * 101325 / 760);
		assertEquals(flux, q, 0.002 * flux + 1e-4);
	}

	@Test
	void lockheedIsWithinThePublishedSpreadOfGoodBlankets() {
		// literature.md sec. 6: laboratory results 0.3-0.7 W/m2 for good blankets, 300 -> 77 K, ~30 layers
		var q = MultilayerInsulation.heatFlux(300, 77, 30, 20, 1.33e-4);
		assertTrue(q.valid());
		assertTrue(q.value() > 0.3 && q.value() < 0.7);
		assertFalse(MultilayerInsulation.heatFlux(80, 4.5, 10, 20, 1e-5).valid(), "4.5 K is outside the calibration");
	}

	@Test
	void parallelPlatesWithoutMliMatchReference() {
		// mli_reference_numbers.csv: polished Al both sides 6.964 W/m2; SS 0.07 / Al 0.03: 9.809 W/m2
		assertEquals(6.964, GreyBodyRadiation.parallelPlates(300, 77, 0.03, 0.03), 0.002);
		assertEquals(9.809, GreyBodyRadiation.parallelPlates(300, 77, 0.07, 0.03), 0.002);
	}

	@Test
	void concentricSurfacesReduceToPlatesForEqualAreas() {
		double plates = GreyBodyRadiation.parallelPlates(300, 80, 0.05, 0.1);
		assertEquals(plates, GreyBodyRadiation.enclosed(300, 80, 0.05, 0.1, 1, 1), 1e-9 * plates);
		// a small body in a large enclosure radiates as if the enclosure were black
		double small = GreyBodyRadiation.enclosed(300, 80, 0.05, 0.1, 1e-6, 1);
		assertEquals(GreyBodyRadiation.parallelPlates(300, 80, 0.05, 1.0) * 1e-6, small, 1e-5 * small);
	}

	@Test
	void shieldTemperatureBetweenBlackWalls() {
		// one shield, equal emissivity on both faces, black walls: T_s^4 = (Th^4 + Tc^4)/2
		double ts = FloatingShields.shieldTemperatures(300, 4, 1, 1, 0.04, 1)[0];
		assertEquals(Math.pow((Math.pow(300, 4) + Math.pow(4, 4)) / 2, 0.25), ts, 1e-6);
	}

	@Test
	void residualHeliumConduction() {
		// Corruccini (1959): free-molecular conductivity of helium measured at 300 K, (g+1)/(g-1) sqrt(k/(8 pi m T))
		// = 2.10 W/(m2 K Pa) [R]; with a = 1, 1e-3 Pa, 300 -> 77 K: 2.10 x 1e-3 x 223 = 0.468 W/m2
		double m = GasKinetics.of(Gas.HE).moleculeMass();
		double q = ResidualGasConduction.heatFlux(1e-3, 300, 300, 77, m, 5.0 / 3.0, 1.0);
		assertEquals(0.468, q, 0.003);
		// equal areas, a1 = a2 = a: a_eff = a / (2 - a) (parallel plates)
		assertEquals(0.5 / 1.5, ResidualGasConduction.effectiveAccommodation(0.5, 0.5, 1, 1), 1e-12);
	}

	@Test
	void kapitzaIntegratedFormMatchesLinearForSmallSteps() {
		KapitzaConductance k = KapitzaConductance.COPPER_HE_II;
		double linear = k.conductance(1.8) * 1e-4 * 0.001;
		assertEquals(linear, k.heatFlow(1e-4, 1.8005, 1.7995), 1e-3 * linear);
	}

	@Test
	void emissivityTableCarriesItsConfidence() {
		assertTrue(Emissivities.of("Cu_polished", 300).valid(), "the 300 K value has a written source");
		assertFalse(Emissivities.of("Cu_polished", 77).valid(), "the 77 K value is a recalled design value");
		assertEquals(0.0075, Emissivities.of("Al_polished", 4).value(), 1e-12);
	}
}
