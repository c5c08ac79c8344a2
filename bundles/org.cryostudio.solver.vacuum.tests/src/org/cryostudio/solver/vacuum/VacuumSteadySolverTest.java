package org.cryostudio.solver.vacuum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.cryostudio.analysis.model.Requirement;
import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.analysis.result.SolverStatus;
import org.cryostudio.analysis.result.Verdict;
import org.cryostudio.analysis.solver.SolverMonitor;
import org.cryostudio.analysis.solver.SolverRunner;
import org.cryostudio.analysis.vacuum.TubeDuct;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.kinetic.GasKinetics;
import org.cryostudio.physics.vacuum.KnudsenTubeConductance;
import org.cryostudio.physics.vacuum.MolecularConductance;
import org.junit.jupiter.api.Test;

/**
 * Steady state against closed forms: the series rule of effective speed and base pressure Q/S_eff
 * per gas (J. F. O'Hanlon, A User's Guide to Vacuum Technology, 3rd ed., sec. 3.x and ch. 10;
 * K. Jousten (ed.), Handbook of Vacuum Technology, sec. 4.6).
 */
class VacuumSteadySolverTest {

	private static final double T = 293.15;

	@Test
	void effectiveSpeedThroughATubeIsTheSeriesRule() {
		double d = 0.1;
		double l = 0.5;
		double s = 0.5; // m3/s
		SystemModel model = Networks.singleVolume(0.2, s, List.of(new TubeDuct(d, l)), List.of(Networks.leak(Gas.N2, 1e-7)),
				Map.of(), 3600, List.of());
		SolverResult r = new VacuumSteadySolver().solve(model, SolverMonitor.NULL);
		double c = MolecularConductance.tube(d, l, T, Fluids.of(Gas.N2).moleculeMass());
		double expected = 1.0 / (1.0 / s + 1.0 / c);
		// 1e-4: at 1e-6 Pa Knudsen's formula is still 5e-6 below the pure molecular value
		assertEquals(expected, r.value("chamber", "effective speed N2"), 1e-4 * expected);
	}

	@Test
	void basePressureIsThroughputOverEffectiveSpeedForEachGas() {
		double d = 0.1;
		double l = 0.3;
		double s = 0.4;
		double qN2 = 2e-7;
		double qH2O = 5e-7;
		SystemModel model = Networks.singleVolume(0.2, s, List.of(new TubeDuct(d, l)),
				List.of(Networks.leak(Gas.N2, qN2), Networks.leak(Gas.H2O, qH2O)), Map.of(), 3600, List.of());
		SolverResult r = new VacuumSteadySolver().solve(model, SolverMonitor.NULL);
		for (var gq : List.of(Map.entry(Gas.N2, qN2), Map.entry(Gas.H2O, qH2O))) {
			double c = MolecularConductance.tube(d, l, T, Fluids.of(gq.getKey()).moleculeMass());
			double seff = 1.0 / (1.0 / s + 1.0 / c);
			double expected = gq.getValue() / seff;
			assertEquals(expected, r.value("chamber", "partial pressure " + gq.getKey().symbol()), 1e-4 * expected,
					gq.getKey().symbol());
		}
		assertEquals(r.value("chamber", "partial pressure N2") + r.value("chamber", "partial pressure H2O"),
				r.value("chamber", "base pressure"), 1e-12);
		assertEquals(qN2 + qH2O, r.value("pump", "throughput"), 1e-9 * (qN2 + qH2O));
	}

	@Test
	void viscousConductanceIsIteratedToTheConvergedPressure() {
		// a large flow through a narrow tube: transitional/viscous, the conductance depends on pressure
		double d = 0.01;
		double l = 0.5;
		double s = 0.01;
		double q = 1.0; // Pa m3/s
		SystemModel model = Networks.singleVolume(0.1, s,
				List.of(new TubeDuct(d, l)), List.of(Networks.leak(Gas.N2, q)), Map.of(), 3600, List.of());
		SolverResult r = new VacuumSteadySolver().solve(model, SolverMonitor.NULL);
		double p = r.value("chamber", "base pressure");
		GasKinetics n2 = GasKinetics.of(Gas.N2);
		// pump inlet pressure q/S; the tube carries q between p and q/S at the mean pressure
		double inlet = q / s;
		double c = KnudsenTubeConductance.of(d, l, 0.5 * (p + inlet), T, n2.moleculeMass(), n2.viscosityValue(T));
		assertEquals(q, c * (p - inlet), 2e-3 * q);
		assertTrue(n2.knudsenNumber(p, T, d) < 0.5, "the case must leave molecular flow");
	}

	@Test
	void pressureRequirementsGetVerdicts() {
		double q = 1e-6;
		double s = 0.1;
		Requirement pass = new Requirement("pressure(chamber) < 1e-4 Pa", Requirement.Kind.PRESSURE, "chamber",
				java.util.Optional.empty(), true, 1e-4, OptionalDouble.empty());
		Requirement fail = new Requirement("partialPressure(chamber, N2) < 1e-6 Pa", Requirement.Kind.PARTIAL_PRESSURE,
				"chamber", java.util.Optional.of(Gas.N2), true, 1e-6, OptionalDouble.empty());
		SystemModel model = Networks.singleVolume(0.1, s, List.of(), List.of(Networks.leak(Gas.N2, q)), Map.of(), 3600,
				List.of(pass, fail));
		SolverResult r = SolverRunner.runOne(new VacuumSteadySolver(), model, SolverMonitor.NULL);
		assertEquals(SolverStatus.OK, r.status());
		assertEquals(Verdict.PASS, r.requirements().get(0).status());
		assertEquals(q / s, r.requirements().get(0).value().getAsDouble(), 1e-9 * q / s);
		assertEquals(Verdict.FAIL, r.requirements().get(1).status());
	}

	@Test
	void aSourceWithoutAPumpIsAFailureNamingTheVolume() {
		SystemModel model = Networks.singleVolume(0.1, 0.0, List.of(), List.of(Networks.leak(Gas.N2, 1e-6)), Map.of(), 3600,
				List.of());
		SolverResult r = SolverRunner.runOne(new VacuumSteadySolver(), model, SolverMonitor.NULL);
		assertEquals(SolverStatus.FAILED, r.status());
		assertEquals("chamber", r.messages().get(0).element());
		assertTrue(r.messages().get(0).text().contains("no running pump"), r.messages().get(0).text());
	}
}
