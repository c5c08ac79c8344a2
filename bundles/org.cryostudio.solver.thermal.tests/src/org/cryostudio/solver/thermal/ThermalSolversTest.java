package org.cryostudio.solver.thermal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;

import org.cryostudio.analysis.model.Requirement;
import org.cryostudio.analysis.model.Scenario;
import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.result.Series;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.analysis.result.SolverStatus;
import org.cryostudio.analysis.result.Verdict;
import org.cryostudio.analysis.solver.SolverMonitor;
import org.cryostudio.analysis.solver.SolverRunner;
import org.cryostudio.analysis.thermal.CapacityCurve;
import org.cryostudio.analysis.thermal.ConductionLink;
import org.cryostudio.analysis.thermal.Cooler;
import org.cryostudio.analysis.thermal.HeatCapacity;
import org.cryostudio.analysis.thermal.HeatLoad;
import org.cryostudio.analysis.thermal.RadiationLink;
import org.cryostudio.analysis.thermal.ThermalNetwork;
import org.cryostudio.analysis.thermal.ThermalNode;
import org.cryostudio.physics.refrigeration.Carnot;
import org.cryostudio.physics.thermal.FloatingShields;
import org.cryostudio.physics.thermal.Material;
import org.cryostudio.physics.thermal.Materials;
import org.junit.jupiter.api.Test;

/**
 * Heat-load and cooldown solvers against closed forms: grey-body radiation with a floating shield
 * (R. F. Barron, Cryogenic Heat Transfer (1999), ch. 8; Incropera, Fundamentals of Heat and Mass
 * Transfer, 6th ed., sec. 13.3.5), the classic 300 K / 80 K / 4 K shield ratio
 * (300^4 - 80^4)/(80^4 - 4^4) = 196.8, conduction by the k(T) integral (Fourier's law integrated;
 * NIST cryogenic material data), a cooler settling on its load map, and a constant heat capacity
 * cooled at constant power, which falls linearly, T = T0 - P t / C.
 */
class ThermalSolversTest {

	private static SystemModel model(ThermalNetwork net, List<Requirement> requirements, double cooldownEnd) {
		return SystemModel.builder("Cryostat").thermal(net).requirements(requirements)
				.scenario(new Scenario(3600, cooldownEnd, 3600)).build();
	}

	@Test
	void aFloatingShieldBetweenGreyPlatesReachesItsAnalyticTemperature() {
		double eh = 0.1;
		double ec = 0.2;
		double es = 0.05;
		double area = 2.0;
		ThermalNetwork net = new ThermalNetwork(
				List.of(ThermalNode.held("room", 300), ThermalNode.floating("shield", 300, List.of()),
						ThermalNode.held("bath", 77)),
				List.of(RadiationLink.plates("outer gap", "room", "shield", area, eh, es),
						RadiationLink.plates("inner gap", "shield", "bath", area, es, ec)),
				List.of(), List.of());
		SolverResult r = new HeatLoadSolver().solve(model(net, List.of(), 1), SolverMonitor.NULL);
		double expected = FloatingShields.shieldTemperatures(300, 77, eh, ec, es, 1)[0];
		assertEquals(expected, r.value("shield", "temperature"), 1e-6 * expected);
		double flux = FloatingShields.heatFlux(300, 77, eh, ec, es, 1);
		assertEquals(flux * area, r.value("bath", "heat load"), 1e-6 * flux * area);
	}

	@Test
	void radiationFrom300KTo80KIs197TimesThatFrom80KTo4K() {
		ThermalNetwork net = new ThermalNetwork(
				List.of(ThermalNode.held("room", 300), ThermalNode.held("shield", 80), ThermalNode.held("cold", 4)),
				List.of(RadiationLink.plates("warm gap", "room", "shield", 1, 0.05, 0.05),
						RadiationLink.plates("cold gap", "shield", "cold", 1, 0.05, 0.05)),
				List.of(), List.of());
		SolverResult r = new HeatLoadSolver().solve(model(net, List.of(), 1), SolverMonitor.NULL);
		double ratio = r.value("warm gap", "heat flow") / r.value("cold gap", "heat flow");
		double expected = (Math.pow(300, 4) - Math.pow(80, 4)) / (Math.pow(80, 4) - Math.pow(4, 4));
		assertEquals(196.76, expected, 0.01); // "about 197"
		assertEquals(expected, ratio, 1e-9 * expected);
		assertEquals(r.value("cold gap", "heat flow"), r.value("cold", "heat load radiation"), 1e-15);
	}

	@Test
	void supportConductionIsTheConductivityIntegral() {
		Material steel = Materials.of("SS304");
		double area = 1e-4;
		double length = 0.3;
		ThermalNetwork net = new ThermalNetwork(List.of(ThermalNode.held("room", 300), ThermalNode.held("cold", 4.5)),
				List.of(new ConductionLink("supports", "room", "cold", steel, area, length, 4)), List.of(), List.of());
		SolverResult r = new HeatLoadSolver().solve(model(net, List.of(), 1), SolverMonitor.NULL);
		double expected = 4 * area / length * steel.conductivityIntegralValue(4.5, 300);
		assertEquals(expected, r.value("cold", "heat load conduction"), 1e-12 * expected);
		double integral = expected / (4 * area / length);
		assertTrue(integral > 2900 && integral < 3200, "NIST: SS304 integral 4-300 K is about 3.06 kW/m, got " + integral);
	}

	@Test
	void aCoolerStageSettlesWhereItsCapacityEqualsTheLoad() {
		CapacityCurve map = new CapacityCurve("cold head", new double[] { 3, 4.2, 10 }, new double[] { 0, 1.5, 6 });
		Cooler cooler = new Cooler("cold head", "stage", map, OptionalDouble.empty(), OptionalDouble.of(0.01), 300);
		ThermalNetwork net = new ThermalNetwork(List.of(ThermalNode.floating("stage", 300, List.of())), List.of(),
				List.of(new HeatLoad("dissipation", "stage", 1.0)), List.of(cooler));
		Requirement margin = new Requirement("margin(stage) > 1.2", Requirement.Kind.HEAT_LOAD_MARGIN, "stage",
				java.util.Optional.empty(), false, 1.2, OptionalDouble.empty());
		SolverResult r = SolverRunner.runOne(new HeatLoadSolver(), model(net, List.of(margin), 1), SolverMonitor.NULL);
		assertEquals(SolverStatus.OK, r.status(), r.messages().toString());
		double expected = 3 + 1.2 * (1.0 / 1.5);
		assertEquals(expected, r.value("stage", "temperature"), 1e-8);
		assertEquals(Carnot.inputPower(1.0, expected, 300, 0.01), r.value("cold head", "input power"), 1e-6);
		// at the balance the capacity equals the load: margin 1, below the required 1.2
		assertEquals(Verdict.FAIL, r.requirements().get(0).status());
		assertEquals(1.0, r.requirements().get(0).value().getAsDouble(), 1e-8);
	}

	@Test
	void constantHeatCapacityAtConstantCoolingPowerCoolsLinearly() {
		double c = 1000; // J/K
		double p = 10; // W
		CapacityCurve flat = new CapacityCurve("cooler", new double[] { 1, 2, 400 }, new double[] { 0, p, p });
		ThermalNetwork net = new ThermalNetwork(
				List.of(ThermalNode.floating("mass", 300, List.of(new HeatCapacity.Constant(c)))), List.of(),
				List.of(new HeatLoad("none", "mass", 0)),
				List.of(new Cooler("cooler", "mass", flat, OptionalDouble.empty(), OptionalDouble.empty(), 300)));
		double end = 20000; // 300 K -> 100 K
		SolverResult r = new CooldownSolver().solve(model(net, List.of(), end), SolverMonitor.NULL);
		Series s = r.series("temperature mass").orElseThrow();
		for (int k = 0; k < s.size(); k++) {
			double t = s.x().value(k);
			assertEquals(300 - p * t / c, s.y().value(k), 1e-6 * 300, "t = " + t);
		}
		assertEquals(100, r.value("mass", "temperature at end"), 1e-6);
	}

	@Test
	void copperCooledByAColdHeadReachesItsSteadyTemperature() {
		Material copper = Materials.of("OFHC_RRR100");
		CapacityCurve map = new CapacityCurve("GM", new double[] { 3, 4.2, 20, 50, 300 }, new double[] { 0, 1.5, 15, 40, 200 });
		ThermalNetwork net = new ThermalNetwork(
				List.of(ThermalNode.floating("plate", 300, List.of(new HeatCapacity.OfMaterial(copper, 5)))), List.of(),
				List.of(new HeatLoad("wiring", "plate", 0.5)),
				List.of(new Cooler("GM", "plate", map, OptionalDouble.of(7000), OptionalDouble.empty(), 300)));
		Requirement cooldown = new Requirement("cooldown(plate) < 1 d", Requirement.Kind.COOLDOWN_TIME, "plate",
				java.util.Optional.empty(), true, 86400, OptionalDouble.empty());
		SolverResult r = new CooldownSolver().solve(model(net, List.of(cooldown), 2 * 86400), SolverMonitor.NULL);
		double steady = 3 + 1.2 * 0.5 / 1.5;
		assertEquals(steady, r.value("plate", "steady temperature"), 1e-6);
		assertEquals(steady, r.value("plate", "temperature at end"), 1e-3);
		double time = r.value("plate", "cooldown time");
		// the enthalpy of 5 kg copper 300 -> 4 K over at most 200 W, at least
		double minimum = -5 * copper.enthalpyChange(300, 4).value() / 200;
		assertTrue(time > minimum && time < 86400, "cooldown time " + time + " s, minimum " + minimum);
		assertEquals(Verdict.PASS, r.requirements().get(0).status());
	}

	@Test
	void aFloatingNodeWithoutAnchorIsAFailureNamingIt() {
		ThermalNetwork net = new ThermalNetwork(List.of(ThermalNode.floating("lost", 300, List.of())), List.of(),
				List.of(new HeatLoad("q", "lost", 1)), List.of());
		SolverResult r = SolverRunner.runOne(new HeatLoadSolver(), model(net, List.of(), 1), SolverMonitor.NULL);
		assertEquals(SolverStatus.FAILED, r.status());
		assertEquals("lost", r.messages().get(0).element());
	}
}
