package org.cryostudio.solver.cryopump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.cryostudio.analysis.model.Requirement;
import org.cryostudio.analysis.model.Scenario;
import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.analysis.result.Verdict;
import org.cryostudio.analysis.solver.SolverMonitor;
import org.cryostudio.analysis.vacuum.ConstantFlow;
import org.cryostudio.analysis.vacuum.Cryopump;
import org.cryostudio.analysis.vacuum.PumpPort;
import org.cryostudio.analysis.vacuum.Schedule;
import org.cryostudio.analysis.vacuum.VacuumNetwork;
import org.cryostudio.analysis.vacuum.VacuumVolume;
import org.cryostudio.physics.fluids.Gas;
import org.junit.jupiter.api.Test;

/** Cryopump capacity and the vapour-pressure chart against hand calculations and literature values. */
class CryopumpSolversTest {

	/** A 1 m3 chamber at 300 K with a constant N2 leak into a 12 K cryopump of 1 m3/s and 100 Pa m3 N2 capacity. */
	private static SystemModel chamber(double leak, List<Requirement> requirements) {
		Cryopump cp = new Cryopump(12, 0, 1, Map.of(), 0, Map.of(Gas.N2, 100.0), Map.of(Gas.N2, 1.0), false);
		VacuumNetwork net = new VacuumNetwork(List.of(new VacuumVolume("chamber", 1, 0, 300)),
				List.of(ConstantFlow.always("leak", "chamber", Gas.N2, leak)), List.of(),
				List.of(new PumpPort("cp", "chamber", cp, List.of(), Schedule.ALWAYS)), List.of(), Map.of(), List.of());
		return SystemModel.builder("Test").vacuum(net).scenario(new Scenario(3600, 1, 1e9)).requirements(requirements).build();
	}

	/**
	 * Hand calculation: every molecule of the leak ends on the panel, so the pump collects
	 * Q = 1e-5 Pa m3/s at 300 K = 1e-5 x 273.15/300 Pa m3/s at 0 degC, and 100 Pa m3 last
	 * 100 / 9.105e-6 s = 1.098e7 s (127 days).
	 */
	@Test
	void regenerationIntervalIsCapacityOverTheCollectedThroughput() {
		Requirement monthly = new Requirement("regeneration(cp) >= 30 d", Requirement.Kind.REGENERATION_INTERVAL, "cp",
				Optional.empty(), false, 30 * 86400.0, OptionalDouble.empty());
		SolverResult r = new CryopumpCapacitySolver().solve(chamber(1e-5, List.of(monthly)), SolverMonitor.NULL);
		double expected = 100 / (1e-5 * 273.15 / 300);
		assertEquals(expected, r.value("cp", "regeneration interval at rest"), expected * 1e-6);
		assertEquals(1.0, r.value("cp", "inlet speed N2"), 1e-12);
		assertEquals(Verdict.PASS, r.requirements().get(0).status());
		assertTrue(r.charts().size() == 1 && r.series().size() == 1);
	}

	/**
	 * Sublimation pressure of nitrogen on a 19.11 K surface is 1e-10 Pa (Fray and Schmitt, Planet.
	 * Space Sci. 57 (2009) 2053, eq. 4 with the alpha-N2 coefficients; evaluated in
	 * /work/shared/reference/literature.md sec. 1.3), read from the chart solver's surface scalar.
	 */
	@Test
	void vapourPressureAtTheColdSurfaceMatchesTheSublimationLiterature() {
		Cryopump panel = new Cryopump(19.11, 0.1, 1, Map.of(), 1, Map.of());
		VacuumNetwork net = new VacuumNetwork(List.of(new VacuumVolume("chamber", 1, 0, 300)),
				List.of(ConstantFlow.always("leak", "chamber", Gas.N2, 1e-6)), List.of(),
				List.of(new PumpPort("panel", "chamber", panel, List.of(), Schedule.ALWAYS)), List.of(), Map.of(), List.of());
		SystemModel model = SystemModel.builder("Test").vacuum(net).build();
		VapourPressureChartSolver solver = new VapourPressureChartSolver();
		assertTrue(solver.appliesTo(model));
		SolverResult r = solver.solve(model, SolverMonitor.NULL);
		assertEquals(1e-10, r.value("panel", "vapour pressure N2 at the surface"), 1e-10 * 0.1);
		assertEquals(1, r.charts().size());
		assertEquals("vapour-pressure", r.charts().get(0).id());
	}
}
