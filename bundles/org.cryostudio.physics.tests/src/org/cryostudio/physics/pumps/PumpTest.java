package org.cryostudio.physics.pumps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.junit.jupiter.api.Test;

/** Pump models against textbook numbers (sources per test). */
class PumpTest {

	@Test
	void idealCryopanelSpeedPerAreaForNitrogenAndHydrogen() {
		// O'Hanlon, A User's Guide, ch. 12: ideal speed at 300 K gas: N2 11.8 L/(s cm2), H2 44 L/(s cm2)
		double n2 = CapturePump.idealSpeedPerArea(300, Fluids.of(Gas.N2).moleculeMass()) * 0.1;
		double h2 = CapturePump.idealSpeedPerArea(300, Fluids.of(Gas.H2).moleculeMass()) * 0.1;
		assertEquals(11.9, n2, 0.1);
		assertEquals(44.4, h2, 0.3);
	}

	@Test
	void condensationFloorOfNitrogenOnA20KPanel() {
		// the floor follows the fluid library's sublimation pressure: N2 at 20 K is ~1e-9 Pa range (Fray & Schmitt,
		// reference table: 1e-10 Pa at 19.11 K, 1e-8 Pa at 21.13 K)
		var floor = Cryocondensation.pressureFloor(Fluids.of(Gas.N2), 20, 300);
		assertTrue(floor.value() > 1e-10 * Math.sqrt(15) && floor.value() < 1e-8 * Math.sqrt(15), "floor " + floor.value());
		// far above the floor the speed is the ideal capture speed
		double s = Cryocondensation.speed(Fluids.of(Gas.N2), 1e-4, 1, 1, 20, 300);
		assertEquals(CapturePump.speed(1, 1, 300, Fluids.of(Gas.N2).moleculeMass()), s, 1e-3 * s);
	}

	@Test
	void dubininRadushkevichRoundTrip() {
		DubininRadushkevich iso = new DubininRadushkevich(100, 2000);
		double a = iso.loading(1e-3, 10, 1e3);
		assertEquals(1e-3, iso.equilibriumPressure(a, 10, 1e3), 1e-12);
		assertTrue(iso.loading(1e-4, 10, 1e3) < a);
	}

	@Test
	void getterSaturates() {
		GetterPump tsp = new GetterPump(0.5, 0.05, 1e20);
		double fresh = tsp.speed(0, 300, Fluids.of(Gas.CO).moleculeMass());
		assertEquals(0.5 * fresh, tsp.speed(0.5e20, 300, Fluids.of(Gas.CO).moleculeMass()), 1e-12);
		assertEquals(0, tsp.speed(2e20, 300, Fluids.of(Gas.CO).moleculeMass()));
	}

	@Test
	void turboCompressionGrowsExponentiallyWithRootMass() {
		// catalogue-style values: H2 1e4, N2 1e9 -> He in between, Ar above N2
		TurbomolecularPump tmp = TurbomolecularPump.fromCatalogue(2.016e-3, 1e4, 28.013e-3, 1e9);
		assertEquals(1e4, tmp.compressionRatio(2.016e-3), 1e-6 * 1e4);
		double he = tmp.compressionRatio(4.0026e-3);
		assertTrue(he > 1e4 && he < 1e6);
		assertTrue(tmp.compressionRatio(39.948e-3) > 1e9);
		assertEquals(10.0 / 1e9, tmp.inletLimit(28.013e-3, 10.0), 1e-15);
	}

	@Test
	void roughingPumpCurves() {
		RoughingPump model = RoughingPump.ofNominal(10e-3, 1.0);
		assertEquals(5e-3, model.speed(2.0), 1e-15);
		assertEquals(0, model.speed(0.5));
		RoughingPump curve = RoughingPump.ofCurve(new double[] { 0.1, 1, 10 }, new double[] { 0, 8e-3, 10e-3 });
		assertEquals(9e-3, curve.speed(Math.sqrt(10)), 1e-12);
	}
}
