package org.cryostudio.solver.refrigeration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.cryostudio.analysis.model.Requirement;
import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.refrigeration.DilutionStage;
import org.cryostudio.analysis.refrigeration.JouleThomsonValve;
import org.cryostudio.analysis.refrigeration.Liquefier;
import org.cryostudio.analysis.refrigeration.RefrigerationSet;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.analysis.result.Verdict;
import org.cryostudio.analysis.solver.SolverMonitor;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.refrigeration.LindeHampson;
import org.junit.jupiter.api.Test;

/** The refrigeration solver against the physics library and published reference values. */
class RefrigerationSolverTest {

	private static SolverResult solve(RefrigerationSet set, List<Requirement> requirements) {
		SystemModel model = SystemModel.builder("Test").refrigeration(set).requirements(requirements).build();
		return new RefrigerationSolver().solve(model, SolverMonitor.NULL);
	}

	/**
	 * Nitrogen 1 -> 200 bar at 300 K: ideal Linde-Hampson yield 0.07403 and 6.385 MJ per kg liquefied
	 * (CoolProp 8.0.0 HEOS, /work/shared/reference/linde_hampson_yield.csv: y = (h1-h2)/(h1-hf)),
	 * and the same numbers as the physics library's LindeHampson.
	 */
	@Test
	void lindeHampsonYieldOfNitrogenEqualsTheLibraryAndTheReference() {
		Liquefier l = new Liquefier("plant", Gas.N2, 1e5, 200e5, 300, 300, OptionalDouble.of(0.01));
		Requirement yield = new Requirement("yield(plant) >= 0.07", Requirement.Kind.LIQUID_YIELD, "plant", Optional.empty(),
				false, 0.07, OptionalDouble.empty());
		SolverResult r = solve(new RefrigerationSet(List.of(), List.of(), List.of(l), List.of()), List.of(yield));
		LindeHampson lib = LindeHampson.ideal(Fluids.of(Gas.N2), 300, 1e5, 200e5);
		assertEquals(lib.yield(), r.value("plant", "liquid yield"), 1e-12);
		assertEquals(0.0740287629837, r.value("plant", "liquid yield"), 0.0740287629837 * 0.01);
		assertEquals(6385431.21353, r.value("plant", "work per kg liquefied"), 6385431.21353 * 0.02);
		assertEquals(0.01 * lib.yield(), r.value("plant", "liquid production"), 1e-12);
		assertEquals(Verdict.PASS, r.requirements().get(0).status());
	}

	/**
	 * The inversion curve starts at 1 bar near the maximum inversion temperature: helium 45.32 K at
	 * 101325 Pa (CoolProp 8.0.0, /work/shared/reference/jt_max_inversion_temperature.csv), and a
	 * helium JT valve fed at 60 K (above it) is flagged as warming.
	 */
	@Test
	void heliumAboveItsInversionTemperatureWarmsAndTheCurveStartsAtTheReference() {
		JouleThomsonValve warm = new JouleThomsonValve("jt", Gas.HE, 60, 15e5, 1.2e5);
		SolverResult r = solve(new RefrigerationSet(List.of(warm), List.of(), List.of(), List.of()), List.of());
		assertTrue(r.value("jt", "temperature change") > 0, "helium above its inversion temperature warms on throttling");
		assertTrue(r.messages().stream().anyMatch(m -> m.text().contains("warms")));
		double t1bar = r.series("inversion curve He").orElseThrow().x().value(0);
		assertEquals(45.3150855782, t1bar, 45.3150855782 * 0.01);
	}

	/** Nitrogen throttled from 200 bar at 150 K to 1 bar ends two-phase at its 1 bar boiling point, 77.24 K (CoolProp). */
	@Test
	void nitrogenThrottledBelowInversionEndsTwoPhaseAtItsBoilingPoint() {
		JouleThomsonValve v = new JouleThomsonValve("jt", Gas.N2, 150, 200e5, 1e5);
		SolverResult r = solve(new RefrigerationSet(List.of(v), List.of(), List.of(), List.of()), List.of());
		assertEquals(77.2434997307, r.value("jt", "outlet temperature"), 0.05);
		double liquid = r.value("jt", "liquid fraction at outlet");
		assertTrue(liquid > 0 && liquid < 1, "two-phase outlet, liquid fraction " + liquid);
	}

	/**
	 * Dilution unit, 0.8 mmol/s at 12 mK with a perfect heat exchanger: Q = 84 n3 T^2 = 9.68 uW
	 * (Pobell, Matter and Methods at Low Temperatures, 3rd ed., eq. 7.30; hand calculation).
	 */
	@Test
	void dilutionCoolingPowerIsPobellsFormula() {
		DilutionStage d = new DilutionStage("du", 0.8e-3, 0.012, 0.012, OptionalDouble.empty());
		SolverResult r = solve(new RefrigerationSet(List.of(), List.of(), List.of(), List.of(d)), List.of());
		assertEquals(84 * 0.8e-3 * 0.012 * 0.012, r.value("du", "cooling power at mixing chamber"), 1e-12);
	}
}
