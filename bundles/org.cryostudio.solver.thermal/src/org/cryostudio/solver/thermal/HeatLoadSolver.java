package org.cryostudio.solver.thermal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.cryostudio.analysis.model.Requirement;
import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.result.ChartSpec;
import org.cryostudio.analysis.result.Marker;
import org.cryostudio.analysis.result.Series;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.analysis.solver.ProgressCounter;
import org.cryostudio.analysis.solver.Solver;
import org.cryostudio.analysis.solver.SolverMonitor;
import org.cryostudio.analysis.thermal.Cooler;
import org.cryostudio.analysis.thermal.ThermalLink;
import org.cryostudio.analysis.thermal.ThermalNetwork;
import org.cryostudio.analysis.thermal.ThermalNode;
import org.cryostudio.physics.refrigeration.Carnot;

/**
 * Steady heat-load budget: temperatures of floating levels (shields not held by anything float
 * to their radiative balance), the load on every stage (a held node or a node with a cooler)
 * broken down by category (radiation incl. MLI, conduction, residual gas, interface, fixed), the
 * heat flow of every link, and for every cooler its capacity at the stage temperature, margin and
 * input power (catalogue value or fraction of Carnot), with the ideal Carnot power beside it.
 * Requirements: stage heat load, heat-load margin (capacity / load), temperature, input power.
 * Charts: stacked load budget per stage; each cooler's capacity curve with its operating point.
 */
public final class HeatLoadSolver implements Solver {

	@Override
	public String id() {
		return "thermal.heatload";
	}

	@Override
	public String description() {
		return "heat-load budget per stage (radiation, conduction, residual gas, fixed loads), cooler margin and input power";
	}

	@Override
	public boolean appliesTo(SystemModel model) {
		return model.thermal().isSolvable();
	}

	@Override
	public SolverResult solve(SystemModel model, SolverMonitor monitor) {
		ThermalNetwork net = model.thermal();
		ThermalEquations eq = new ThermalEquations(net);
		ProgressCounter progress = new ProgressCounter(monitor, id() + ": heat loads of " + model.name(), 100);
		double[] t = initialGuess(eq);
		int iterations = ThermalSteadyState.solve(eq, t);
		progress.update(0.7);
		SolverResult.Builder out = SolverResult.builder(id());
		out.info("", "steady state in " + iterations + " Picard iteration(s)");
		for (int i = 0; i < eq.n; i++) {
			out.scalar(net.nodes().get(i).name(), "temperature", t[i], "K");
		}
		List<Integer> stages = stages(eq);
		Map<String, double[]> byCategory = new LinkedHashMap<>();
		for (int s = 0; s < stages.size(); s++) {
			int i = stages.get(s);
			String node = net.nodes().get(i).name();
			double load = eq.loadOn(i, t);
			out.scalar(node, "heat load", load, "W");
			Map<String, Double> parts = breakdown(eq, i, t);
			for (Map.Entry<String, Double> part : parts.entrySet()) {
				out.scalar(node, "heat load " + part.getKey(), part.getValue(), "W");
				byCategory.computeIfAbsent(part.getKey(), k -> new double[stages.size()])[s] = part.getValue();
			}
		}
		for (int e = 0; e < eq.linkA.length; e++) {
			ThermalLink link = net.links().get(e);
			out.scalar(link.name(), "heat flow", eq.linkFlow(e, t), "W");
		}
		coolers(model, eq, t, out);
		requirements(model, eq, t, out);
		charts(model, eq, t, stages, byCategory, out);
		progress.done();
		return out.build();
	}

	/** Start: held nodes at their value, floating ones at the mean of the held temperatures. */
	static double[] initialGuess(ThermalEquations eq) {
		double sum = 0;
		int count = 0;
		for (int i = 0; i < eq.n; i++) {
			if (eq.held[i]) {
				sum += eq.heldTemperature[i];
				count++;
			}
		}
		double mean = count > 0 ? sum / count : 100.0;
		double[] t = new double[eq.n];
		for (int i = 0; i < eq.n; i++) {
			ThermalNode node = eq.network.nodes().get(i);
			t[i] = eq.held[i] ? eq.heldTemperature[i] : Math.min(node.initialTemperature(), Math.max(mean, 1.0));
		}
		return t;
	}

	/** Stages: held nodes that receive heat (not the warmest boundary) and nodes with a cooler. */
	static List<Integer> stages(ThermalEquations eq) {
		double warmest = 0;
		for (int i = 0; i < eq.n; i++) {
			if (eq.held[i]) {
				warmest = Math.max(warmest, eq.heldTemperature[i]);
			}
		}
		List<Integer> stages = new ArrayList<>();
		for (int i = 0; i < eq.n; i++) {
			if (eq.cooler[i] != null || eq.held[i] && eq.heldTemperature[i] < warmest) {
				stages.add(i);
			}
		}
		stages.sort((x, y) -> Double.compare(eq.network.nodes().get(y).fixedTemperature().orElse(0),
				eq.network.nodes().get(x).fixedTemperature().orElse(0)));
		return stages;
	}

	/** Load arriving at node i by category, W (fixed loads as "fixed"). */
	static Map<String, Double> breakdown(ThermalEquations eq, int i, double[] t) {
		Map<String, Double> parts = new LinkedHashMap<>();
		for (int e = 0; e < eq.linkA.length; e++) {
			double q = eq.linkB[e] == i ? eq.linkFlow(e, t) : eq.linkA[e] == i ? -eq.linkFlow(e, t) : 0;
			if (eq.linkA[e] == i || eq.linkB[e] == i) {
				parts.merge(eq.network.links().get(e).category(), q, Double::sum);
			}
		}
		if (eq.fixedLoad[i] > 0) {
			parts.merge("fixed", eq.fixedLoad[i], Double::sum);
		}
		return parts;
	}

	private static void coolers(SystemModel model, ThermalEquations eq, double[] t, SolverResult.Builder out) {
		for (Cooler c : model.thermal().coolers()) {
			int i = model.thermal().nodeIndex().get(c.node());
			double load = eq.loadOn(i, t);
			double temperature = t[i];
			if (c.capacity() != null) {
				double capacity = c.capacity().at(temperature);
				out.scalar(c.name(), "capacity at stage temperature", capacity, "W");
				if (!c.capacity().inRange(temperature)) {
					out.warning(c.name(), String.format(Locale.ROOT,
							"stage at %.4g K, outside the load map (%.4g-%.4g K): capacity extrapolated", temperature,
							c.capacity().minTemperature(), c.capacity().maxTemperature()));
				}
				// at the balance, capacity equals load; the margin is what the map gives at the
				// required temperature (see requirements), reported here against the present one
				out.scalar(c.name(), "stage temperature", temperature, "K");
			}
			if (temperature < c.rejectTemperature()) {
				out.scalar(c.name(), "Carnot input power",
						Carnot.inputPower(Math.max(0, load), temperature, c.rejectTemperature(), 1.0), "W");
			}
			OptionalDouble power = c.inputPowerFor(load, temperature);
			if (power.isPresent()) {
				out.scalar(c.name(), "input power", power.getAsDouble(), "W");
			} else {
				out.info(c.name(), "no input power or fraction of Carnot given: input power not computed");
			}
			out.scalar(c.name(), "heat lifted", load, "W");
		}
	}

	private static void requirements(SystemModel model, ThermalEquations eq, double[] t, SolverResult.Builder out) {
		Map<String, Integer> nodes = model.thermal().nodeIndex();
		Map<String, Cooler> coolers = new LinkedHashMap<>();
		for (Cooler c : model.thermal().coolers()) {
			coolers.put(c.name(), c);
		}
		for (Requirement r : model.requirements(Requirement.Kind.HEAT_LOAD, Requirement.Kind.HEAT_LOAD_MARGIN,
				Requirement.Kind.TEMPERATURE, Requirement.Kind.INPUT_POWER)) {
			if (r.kind() == Requirement.Kind.TEMPERATURE && r.after().isPresent()) {
				continue; // a temperature after a time is the cooldown's
			}
			Cooler cooler = coolers.get(r.element());
			Integer i = nodes.get(r.element());
			if (i == null && cooler != null) {
				i = nodes.get(cooler.node());
			}
			if (i == null) {
				out.requirement(r.unknown(r.element() + " is not a thermal node or cooler"));
				continue;
			}
			if (cooler == null) {
				for (Cooler c : coolers.values()) {
					if (nodes.get(c.node()).equals(i)) {
						cooler = c;
					}
				}
			}
			double load = eq.loadOn(i, t);
			switch (r.kind()) {
				case HEAT_LOAD -> out.requirement(r.verdict(load, String.format(Locale.ROOT, "stage at %.4g K", t[i])));
				case TEMPERATURE -> out.requirement(r.verdict(t[i], "steady state"));
				case HEAT_LOAD_MARGIN -> {
					if (cooler == null || cooler.capacity() == null) {
						out.requirement(r.unknown("no cooler capacity curve on " + r.element()));
					} else if (load <= 0) {
						out.requirement(r.unknown("no heat load on " + r.element()));
					} else {
						double capacity = cooler.capacity().at(t[i]);
						out.requirement(r.verdict(capacity / load, String.format(Locale.ROOT,
								"capacity %.4g W against %.4g W at %.4g K", capacity, load, t[i])));
					}
				}
				case INPUT_POWER -> {
					OptionalDouble p = cooler == null ? OptionalDouble.empty() : cooler.inputPowerFor(load, t[i]);
					out.requirement(p.isPresent() ? r.verdict(p.getAsDouble(), "") : r.unknown("no input power model"));
				}
				default -> throw new IllegalStateException(r.kind().name());
			}
		}
	}

	private static void charts(SystemModel model, ThermalEquations eq, double[] t, List<Integer> stages,
			Map<String, double[]> byCategory, SolverResult.Builder out) {
		if (!stages.isEmpty()) {
			List<String> categories = new ArrayList<>();
			double[] x = new double[stages.size()];
			for (int s = 0; s < stages.size(); s++) {
				int i = stages.get(s);
				categories.add(String.format(Locale.ROOT, "%s (%.3g K)", eq.network.nodes().get(i).name(), t[i]));
				x[s] = s;
			}
			List<String> names = new ArrayList<>();
			for (Map.Entry<String, double[]> e : byCategory.entrySet()) {
				String name = "heat load " + e.getKey();
				double[] positive = e.getValue().clone();
				for (int s = 0; s < positive.length; s++) {
					positive[s] = Math.max(0, positive[s]);
				}
				out.series(Series.of(name, "stage", "1", x, "heat load", "W", positive));
				names.add(name);
			}
			if (!names.isEmpty()) {
				out.chart(ChartSpec.stackedBars("heat-load-budget", "Heat-load budget (" + model.name() + ")", names,
						categories));
			}
		}
		Set<String> drawn = new LinkedHashSet<>();
		for (Cooler c : model.thermal().coolers()) {
			if (c.capacity() == null || !drawn.add(c.name())) {
				continue;
			}
			int i = model.thermal().nodeIndex().get(c.node());
			double lo = c.capacity().minTemperature();
			double hi = c.capacity().maxTemperature();
			int n = 60;
			double[] temps = new double[n];
			double[] q = new double[n];
			for (int k = 0; k < n; k++) {
				temps[k] = lo + (hi - lo) * k / (n - 1);
				q[k] = c.capacity().at(temps[k]);
			}
			String name = "capacity " + c.name();
			out.series(Series.of(name, "stage temperature", "K", temps, "cooling capacity", "W", q));
			double load = eq.loadOn(i, t);
			out.chart(new ChartSpec("cooler-" + c.name().replaceAll("[^A-Za-z0-9._-]", "_"),
					"Load map of " + c.name() + " with the operating point", List.of(name), false, false,
					List.of(Marker.atX(t[i], String.format(Locale.ROOT, "%.3g K", t[i])),
							Marker.atY(load, String.format(Locale.ROOT, "load %.3g W", load)))));
		}
	}
}
