package org.cryostudio.solver.thermal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cryostudio.analysis.model.Requirement;
import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.numeric.LogGrid;
import org.cryostudio.analysis.numeric.RosenbrockW;
import org.cryostudio.analysis.result.ChartSpec;
import org.cryostudio.analysis.result.Marker;
import org.cryostudio.analysis.result.Series;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.analysis.solver.ProgressCounter;
import org.cryostudio.analysis.solver.Solver;
import org.cryostudio.analysis.solver.SolverException;
import org.cryostudio.analysis.solver.SolverMonitor;
import org.cryostudio.analysis.thermal.ThermalNetwork;

/**
 * Cooldown from the initial temperatures ({@link CooldownTransient}) to the end of the scenario:
 * temperature of every floating node against time, the time each reaches 1.05 x its steady
 * operating temperature ("cooldown time"), temperature requirements "after t" and cooldown-time
 * requirements. Chart: temperatures against time, logarithmic temperature axis.
 */
public final class CooldownSolver implements Solver {

	/** Relative tolerance of the integration. */
	static final double RELATIVE_TOLERANCE = 1e-5;
	/** Points per series. */
	static final int SERIES_POINTS = 200;
	/** A node has cooled down when it is within this factor of its steady temperature. */
	static final double COOLED_FACTOR = 1.05;

	@Override
	public String id() {
		return "thermal.cooldown";
	}

	@Override
	public String description() {
		return "cooldown transient of masses with temperature-dependent heat capacity against cooler capacity curves";
	}

	@Override
	public boolean appliesTo(SystemModel model) {
		ThermalNetwork net = model.thermal();
		return net.isSolvable() && net.nodes().stream().anyMatch(n -> !n.isHeld() && !n.capacities().isEmpty());
	}

	@Override
	public SolverResult solve(SystemModel model, SolverMonitor monitor) {
		ThermalEquations eq = new ThermalEquations(model.thermal());
		double end = model.scenario().cooldownEnd();
		ProgressCounter progress = new ProgressCounter(monitor, id() + ": cooldown of " + model.name(), 1000);
		double[] steady = HeatLoadSolver.initialGuess(eq);
		ThermalSteadyState.solve(eq, steady);
		progress.update(0.05);
		CooldownTransient tr = new CooldownTransient(eq, end, f -> progress.update(0.05 + 0.9 * f));
		double[] y = tr.initialState();
		RosenbrockW integrator = new RosenbrockW(RELATIVE_TOLERANCE, RosenbrockW.uniform(y.length, 1e-6))
				.initialStep(1e-3).maxSteps(200_000);
		try {
			integrator.integrate(tr, 0, y, end, new double[0], tr, monitor);
		} catch (IllegalStateException e) {
			throw new SolverException(eq.network.nodes().get(tr.unknowns()[0]).name(),
					"cooldown did not converge: " + e.getMessage());
		}
		SolverResult.Builder out = SolverResult.builder(id());
		out.info("", String.format(Locale.ROOT, "cooldown over %.4g h: %d steps accepted, %d rejected", end / 3600,
				integrator.acceptedSteps(), integrator.rejectedSteps()));
		double[] times = tr.times();
		double[] grid = new double[SERIES_POINTS];
		for (int k = 0; k < grid.length; k++) {
			grid[k] = end * k / (grid.length - 1);
		}
		List<String> names = new ArrayList<>();
		List<Marker> markers = new ArrayList<>();
		for (int i : tr.unknowns()) {
			String node = eq.network.nodes().get(i).name();
			double[] temp = tr.temperature(i);
			out.scalar(node, "temperature at end", temp[temp.length - 1], "K");
			out.scalar(node, "steady temperature", steady[i], "K");
			double target = COOLED_FACTOR * steady[i];
			double reached = LogGrid.firstCrossingBelow(times, temp, times.length, target);
			if (!Double.isNaN(reached)) {
				out.scalar(node, "cooldown time", reached, "s");
			} else {
				out.warning(node, String.format(Locale.ROOT, "not within 5 %% of its steady %.4g K after %.4g h", steady[i],
						end / 3600));
			}
			if (eq.network.nodes().get(i).capacities().isEmpty()) {
				continue; // massless nodes follow their neighbours; not drawn
			}
			String name = "temperature " + node;
			double[] sampled = new double[grid.length];
			for (int k = 0; k < grid.length; k++) {
				sampled[k] = LogGrid.linear(times, temp, times.length, grid[k]);
			}
			out.series(Series.of(name, "time", "s", grid, "temperature", "K", sampled));
			names.add(name);
		}
		for (Requirement r : model.requirements(Requirement.Kind.COOLDOWN_TIME, Requirement.Kind.TEMPERATURE)) {
			Integer i = eq.network.nodeIndex().get(r.element());
			if (i == null || eq.held[i]) {
				if (r.kind() == Requirement.Kind.COOLDOWN_TIME) {
					out.requirement(r.unknown(r.element() + " is not a floating thermal node"));
				}
				continue;
			}
			double[] temp = tr.temperature(i);
			if (r.kind() == Requirement.Kind.COOLDOWN_TIME) {
				double reached = LogGrid.firstCrossingBelow(times, temp, times.length, COOLED_FACTOR * steady[i]);
				out.requirement(Double.isNaN(reached) ? r.unknown("not cooled down within the simulated time")
						: r.verdict(reached, String.format(Locale.ROOT, "time to %.4g K", COOLED_FACTOR * steady[i])));
				markers.add(Marker.atX(r.limit(), "required " + r.element()));
			} else if (r.after().isPresent()) {
				double at = r.after().getAsDouble();
				out.requirement(at > end ? r.unknown("beyond the simulated cooldown")
						: r.verdict(LogGrid.linear(times, temp, times.length, at), String.format(Locale.ROOT, "after %.4g h", at / 3600)));
				markers.add(Marker.atY(r.limit(), "required " + r.element()));
			}
		}
		if (!names.isEmpty()) {
			out.chart(new ChartSpec("cooldown", "Cooldown (" + model.name() + ")", names, false, true, markers));
		}
		progress.done();
		return out.build();
	}
}
