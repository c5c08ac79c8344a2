package org.cryostudio.solver.vacuum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.cryostudio.analysis.model.Requirement;
import org.cryostudio.analysis.model.Scenario;
import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.numeric.LogGrid;
import org.cryostudio.analysis.result.Series;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.analysis.result.Verdict;
import org.cryostudio.analysis.solver.SolverMonitor;
import org.cryostudio.analysis.vacuum.ConstantSpeedPump;
import org.cryostudio.analysis.vacuum.DisplacementPump;
import org.cryostudio.analysis.vacuum.PumpPort;
import org.cryostudio.analysis.vacuum.Schedule;
import org.cryostudio.analysis.vacuum.Trigger;
import org.cryostudio.analysis.vacuum.TubeDuct;
import org.cryostudio.analysis.vacuum.VacuumNetwork;
import org.cryostudio.analysis.vacuum.VacuumVolume;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.pumps.RoughingPump;
import org.cryostudio.physics.vacuum.MolecularConductance;
import org.junit.jupiter.api.Test;

/**
 * Pump-down against closed forms. Source of the single-volume law p = p0 exp(-S t / V):
 * J. F. O'Hanlon, A User's Guide to Vacuum Technology, 3rd ed., sec. 10.x (pump-down time,
 * t = (V/S) ln(p0/p)); with a roughing pump of speed S0 (1 - p_u/p) the same balance gives
 * p = p_u + (p0 - p_u) exp(-S0 t / V).
 */
class PumpdownSolverTest {

	private static final double T = 293.15;

	@Test
	void singleVolumeInMolecularFlowDecaysExponentially() {
		double v = 0.1;
		double s = 0.05;
		double p0 = 1e-2; // molecular flow throughout
		double end = 20; // ten e-foldings
		SystemModel model = Networks.singleVolume(v, s, List.of(), List.of(), Map.of(Gas.N2, p0), end, List.of());
		SolverResult r = new PumpdownSolver().solve(model, SolverMonitor.NULL);
		Series p = r.series("pressure chamber").orElseThrow();
		int checked = 0;
		for (int j = 0; j < p.size(); j++) {
			double t = p.x().value(j);
			double expected = p0 * Math.exp(-s * t / v);
			assertEquals(expected, p.y().value(j), 2e-3 * expected, "t = " + t);
			checked++;
		}
		assertEquals(PumpdownSolver.SERIES_POINTS, checked);
		assertEquals(p0 * Math.exp(-s * end / v), r.value("chamber", "pressure at end"), 2e-3 * p0 * Math.exp(-s * end / v));
	}

	@Test
	void throughATubeTheDecayRateIsTheEffectiveSpeed() {
		double v = 0.05;
		double s = 0.2;
		double d = 0.05;
		double l = 0.2;
		double p0 = 1e-3;
		double end = 10;
		SystemModel model = Networks.singleVolume(v, s, List.of(new TubeDuct(d, l)), List.of(), Map.of(Gas.N2, p0), end,
				List.of());
		SolverResult r = new PumpdownSolver().solve(model, SolverMonitor.NULL);
		double c = MolecularConductance.tube(d, l, T, Fluids.of(Gas.N2).moleculeMass());
		double seff = 1 / (1 / s + 1 / c);
		double expected = p0 * Math.exp(-seff * end / v);
		assertEquals(expected, r.value("chamber", "pressure at end"), 3e-3 * expected);
	}

	@Test
	void roughingUntilACrossoverPressureThenHighVacuum() {
		double v = 0.5;
		double s0 = 0.01; // 36 m3/h
		double pu = 1.0;
		double crossover = 20.0;
		double p0 = 101325;
		double sHv = 0.01;
		PumpPort rough = new PumpPort("roughing", "chamber", new DisplacementPump(RoughingPump.ofNominal(s0, pu)), List.of(),
				new Schedule(Trigger.START, new Trigger.WhenBelow("chamber", crossover)));
		PumpPort hv = new PumpPort("turbo", "chamber", new ConstantSpeedPump(Map.of(), sHv, "turbo"), List.of(),
				new Schedule(new Trigger.WhenBelow("chamber", crossover), Trigger.NEVER));
		VacuumNetwork net = new VacuumNetwork(List.of(new VacuumVolume("chamber", v, 2, T)), List.of(), List.of(),
				List.of(rough, hv), List.of(), Map.of(Gas.AIR, p0), List.of());
		double tCross = v / s0 * Math.log((p0 - pu) / (crossover - pu));
		double end = tCross + 600;
		Requirement req = new Requirement("pressure(chamber) < 1e-3 Pa after 1000 s", Requirement.Kind.PRESSURE, "chamber",
				java.util.Optional.empty(), true, 1e-3, OptionalDouble.of(end - 10));
		SystemModel model = SystemModel.builder("Rough").vacuum(net).scenario(new Scenario(end, 1, 1))
				.requirements(List.of(req)).build();
		SolverResult r = new PumpdownSolver().solve(model, SolverMonitor.NULL);
		assertEquals(tCross, r.value("roughing", "stopped at"), 1e-3 * tCross);
		assertEquals(tCross, r.value("turbo", "started at"), 1e-3 * tCross);
		// after the switch: exponential decay with the high-vacuum speed
		double expected = crossover * Math.exp(-sHv * (end - tCross) / v);
		assertEquals(expected, r.value("chamber", "pressure at end"), 5e-3 * expected);
		assertEquals(Verdict.PASS, r.requirements().get(0).status());
		double reach = tCross + v / sHv * Math.log(crossover / 1e-3);
		assertEquals(reach, r.value("chamber", "time to reach pressure 0.00100 Pa"), 2e-3 * reach);
	}

	@Test
	void seriesHaveNoNaNAndChartsNameExistingSeries() {
		SystemModel model = Networks.singleVolume(0.1, 0.05, List.of(new TubeDuct(0.04, 0.3)),
				List.of(Networks.leak(Gas.H2O, 1e-6)), Map.of(Gas.AIR, 101325.0), 3600, List.of());
		SolverResult r = new PumpdownSolver().solve(model, SolverMonitor.NULL);
		for (Series s : r.series()) {
			for (int j = 0; j < s.size(); j++) {
				assertTrue(Double.isFinite(s.y().value(j)) && s.y().value(j) >= 0, s.name());
			}
		}
		assertEquals(2, r.charts().size());
		// the leak sets the floor: Q / S_eff
		double c = MolecularConductance.tube(0.04, 0.3, T, Fluids.of(Gas.H2O).moleculeMass());
		double floor = 1e-6 / (1 / (1 / 0.05 + 1 / c));
		assertEquals(floor, r.value("chamber", "partial pressure at end H2O"), 1e-2 * floor);
		double[] t = r.series("pressure chamber").orElseThrow().x().values();
		assertTrue(LogGrid.interpolate(t, t, t.length, 10) > 0);
	}
}
