package org.cryostudio.physics.vacuum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.kinetic.FlowRegime;
import org.cryostudio.physics.kinetic.GasKinetics;
import org.junit.jupiter.api.Test;

/** Conductances against textbook formulas (O'Hanlon, A User's Guide to Vacuum Technology, ch. 3; Jousten, Handbook, ch. 4). */
class ConductanceTest {

	private static final double T20 = 293.15;
	private static final double AIR = GasKinetics.of(Gas.AIR).moleculeMass();

	@Test
	void orificeForAirAt20CIs11point6LitresPerSecondPerCm2() {
		// O'Hanlon eq. 3.x: C/A = 11.6 L/(s cm2) for air at 20 degC
		double perCm2 = MolecularConductance.fromTransmission(1.0, 1e-4, T20, AIR) * 1e3;
		assertEquals(11.6, perCm2, 0.05);
	}

	@Test
	void longTubeForAirAt20CIs12point1DcubedOverL() {
		// O'Hanlon: C = 12.1 D^3/L L/s, D and L in cm; D = 2 cm, L = 200 cm -> 0.484 L/s
		double c = MolecularConductance.longTube(0.02, 2.0, T20, AIR) * 1e3;
		assertEquals(12.1 * 8 / 200, c, 0.005 * c);
		// the exact Clausing tube approaches it: at L/D = 100 it is 2.9 % lower (end effects)
		double exact = MolecularConductance.tube(0.02, 2.0, T20, AIR) * 1e3;
		assertEquals(0.971, exact / c, 0.002);
	}

	@Test
	void chokedOrificeForAirIs20LitresPerSecondPerCm2() {
		// Jousten, Handbook of Vacuum Technology sec. 4.3: air at 20 degC into vacuum, ideal nozzle: ~20 L/(s cm2)
		double c = ViscousConductance.orifice(1e-4, 1e5, 0, T20, AIR, 1.4, 1.0) * 1e3;
		assertEquals(20.0, c, 0.3);
		assertEquals(0.5283, ViscousConductance.criticalPressureRatio(1.4), 1e-4);
		// below the critical ratio the throughput no longer depends on the downstream pressure
		assertEquals(ViscousConductance.orificeThroughput(1e-4, 1e5, 0, T20, AIR, 1.4, 1),
				ViscousConductance.orificeThroughput(1e-4, 1e5, 5e4, T20, AIR, 1.4, 1), 1e-12);
	}

	@Test
	void poiseuilleMatchesTextbookConstantForAir() {
		// Jousten, Handbook sec. 4.4: C = 135 D^4 p_mean / L L/s for air at 20 degC, D and L in cm, p in mbar
		double eta = GasKinetics.of(Gas.AIR).viscosityValue(T20);
		double c = ViscousConductance.poiseuille(0.01, 1.0, 100.0, eta) * 1e3;
		assertEquals(135 * 1.0 / 100, c, 0.02 * c);
	}

	@Test
	void oatleyCombinationBeatsAddingReciprocalConductances() {
		// two adjacent L/D = 1 tubes form an L/D = 2 tube (exact W = 0.35657, Berman): Oatley -2.9 %, 1/C sum -28 %
		double w1 = TubeTransmission.value(1.0);
		double oatley = SeriesTransmission.equalArea(w1, w1);
		assertEquals(0.3461, oatley, 1e-4);
		assertEquals(0.35657, TubeTransmission.value(2.0), 1e-5);
		assertTrue(Math.abs(oatley - 0.35657) < Math.abs(w1 / 2 - 0.35657) / 9);
		// Haefer with equal areas reduces to Oatley
		assertEquals(oatley, SeriesTransmission.variableArea(new double[] { w1, w1 }, new double[] { 1, 1 }), 1e-12);
	}

	@Test
	void haeferCountsAContractionAsAnExtraAperture() {
		// orifice plates (W = 1) in a line: a wide pipe into a narrow orifice of 1/4 the area gives W = 1/4 of the wide entrance
		double w = SeriesTransmission.variableArea(new double[] { 1.0, 1.0 }, new double[] { 4.0, 1.0 });
		assertEquals(0.25, w, 1e-12);
	}

	@Test
	void effectivePumpingSpeedThroughATubeOfThePumpsBore() {
		// a perfect pump (capture 1) behind an orifice of its own bore: the orifice adds nothing
		double ca = 1.0;
		assertEquals(1.0, EffectivePumpingSpeed.sameAperture(ca, ca, ca), 1e-12);
		assertEquals(0.5, EffectivePumpingSpeed.series(ca, ca), 1e-12);
	}

	@Test
	void squareDuctIsWiderThanTheInscribedTubeAndNarrowerThanTheCircumscribed() {
		double deq = RectangularDuct.equivalentDiameter(1.0, 1.0);
		// Knudsen/Smoluchowski shape factor for a square: long-duct C = K (4/3) v A^2/(H L), K ~ 1.1 -> D_eq = 4 A K/H = K
		assertEquals(1.11, deq, 0.01);
		// orifice limit and symmetry
		assertEquals(1.0, RectangularDuct.transmission(0.2, 0.1, 0.0), 1e-12);
		assertEquals(RectangularDuct.transmission(0.2, 0.1, 0.5), RectangularDuct.transmission(0.1, 0.2, 0.5), 1e-12);
	}

	@Test
	void elbowTransmitsLessThanItsStraightAxialLength() {
		double straight = TubeTransmission.value(3.0);
		double bent = Elbow.transmission(0.1, 0.3, 90);
		assertTrue(bent < straight && bent > 0.8 * straight);
	}

	@Test
	void closedValveConductsNothing() {
		Valve v = Valve.straightThrough(0.1, 0.1);
		assertEquals(0.0, v.conductance(false, T20, AIR));
		assertEquals(MolecularConductance.tube(0.1, 0.1, T20, AIR), v.conductance(true, T20, AIR), 1e-12);
	}

	@Test
	void regimeIsDecidedFromTheKnudsenNumber() {
		// 50 mm tube of nitrogen at 20 degC: molecular at 1e-3 Pa, viscous at 1e4 Pa, transitional at 1 Pa
		assertEquals(FlowRegime.MOLECULAR, TubeConductance.of(Gas.N2, T20, 1e-3, 0.05, 1.5).regime());
		assertEquals(FlowRegime.TRANSITIONAL, TubeConductance.of(Gas.N2, T20, 1.0, 0.05, 1.5).regime());
		TubeConductance viscous = TubeConductance.of(Gas.N2, T20, 1e4, 0.05, 1.5);
		assertEquals(FlowRegime.VISCOUS, viscous.regime());
		// molecular end equals the Clausing value; viscous end is Poiseuille within 0.1 %
		double m = GasKinetics.of(Gas.N2).moleculeMass();
		assertEquals(MolecularConductance.tube(0.05, 1.5, T20, m), TubeConductance.of(Gas.N2, T20, 1e-6, 0.05, 1.5).value().value(),
				1e-3 * MolecularConductance.tube(0.05, 1.5, T20, m));
		double eta = GasKinetics.of(Gas.N2).viscosityValue(T20);
		double pois = ViscousConductance.poiseuille(0.05, 1.5, 1e4, eta);
		assertEquals(pois, viscous.value().value(), 1e-3 * pois);
	}

	@Test
	void shortTubeInViscousFlowIsFlagged() {
		TubeConductance c = TubeConductance.of(Gas.N2, T20, 1e4, 0.05, 0.1);
		assertFalse(c.value().valid());
	}
}
