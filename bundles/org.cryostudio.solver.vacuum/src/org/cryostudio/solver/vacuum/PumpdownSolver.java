package org.cryostudio.solver.vacuum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cryostudio.analysis.model.Requirement;
import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.numeric.LogGrid;
import org.cryostudio.analysis.result.ChartSpec;
import org.cryostudio.analysis.result.Marker;
import org.cryostudio.analysis.result.Series;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.analysis.solver.ProgressCounter;
import org.cryostudio.analysis.solver.Solver;
import org.cryostudio.analysis.solver.SolverMonitor;
import org.cryostudio.analysis.vacuum.Connection;
import org.cryostudio.analysis.vacuum.VacuumEquations;
import org.cryostudio.analysis.vacuum.VacuumNetwork;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.kinetic.FlowRegime;
import org.cryostudio.physics.kinetic.GasKinetics;

/**
 * Pump-down from the initial fill (one atmosphere of air unless the spec says otherwise) to the end
 * of the scenario ({@link PumpdownTransient}): total and partial pressures of every volume
 * against time, when each pump and valve switched, when each connection left viscous flow and
 * entered molecular flow, the time at which each pressure requirement is reached and its verdict
 * at its "after" time. Charts: pressure against time (log-log) per volume with requirement limits
 * and switches; partial pressures of the main volume.
 */
public final class PumpdownSolver implements Solver {

	/** Relative tolerance of the integration. */
	static final double RELATIVE_TOLERANCE = 1e-5;
	/** Points per series in the result (log-spaced in time). */
	static final int SERIES_POINTS = 200;
	/** Most volumes drawn in one chart. */
	private static final int MAX_CURVES = 8;

	@Override
	public String id() {
		return "vacuum.pumpdown";
	}

	@Override
	public String description() {
		return "pump-down transient from atmosphere: pressure and partial pressures against time, switching, time to reach each requirement";
	}

	@Override
	public boolean appliesTo(SystemModel model) {
		return model.vacuum().isSolvable();
	}

	@Override
	public SolverResult solve(SystemModel model, SolverMonitor monitor) {
		VacuumNetwork net = model.vacuum();
		VacuumEquations eq = new VacuumEquations(net);
		double end = model.scenario().pumpdownEnd();
		ProgressCounter progress = new ProgressCounter(monitor, id() + ": pump-down of " + model.name(), 1000);
		PumpdownTransient tr = new PumpdownTransient(eq, end, f -> progress.update(0.95 * f));
		tr.run(monitor, RELATIVE_TOLERANCE);
		SolverResult.Builder out = SolverResult.builder(id());
		double[] t = tr.times();
		int m = t.length;
		double first = firstPositive(t);
		double[] grid = LogGrid.points(Math.min(first, end / 1e6), end, SERIES_POINTS);
		out.info("", String.format(Locale.ROOT, "pump-down over %.4g h: %d steps accepted, %d rejected (Rosenbrock 2(3), rtol %.0e)",
				end / 3600, tr.acceptedSteps(), tr.rejectedSteps(), RELATIVE_TOLERANCE));
		List<Gas> gases = eq.gases();
		for (int i = 0; i < eq.volumeCount(); i++) {
			String v = net.volumes().get(i).name();
			double[] total = tr.total(i);
			out.scalar(v, "pressure at end", total[m - 1], "Pa");
			for (int g = 0; g < gases.size(); g++) {
				out.scalar(v, "partial pressure at end " + gases.get(g).symbol(), tr.partial(g, i)[m - 1], "Pa");
			}
		}
		for (PumpdownTransient.Switch s : tr.switches()) {
			if (s.time() > 0) {
				out.scalar(s.element(), s.what() + " at", s.time(), "s");
			}
		}
		regimes(eq, tr, t, out);
		List<Marker> markers = new ArrayList<>();
		requirements(model, eq, tr, t, out, markers);
		// one line per switching time: a crossover stops the roughing pumps and starts the others at once
		java.util.Map<Double, List<String>> byTime = new java.util.TreeMap<>();
		for (PumpdownTransient.Switch s : tr.switches()) {
			if (s.time() > 0) {
				byTime.computeIfAbsent(s.time(), k -> new ArrayList<>()).add(s.element() + " " + s.what());
			}
		}
		for (java.util.Map.Entry<Double, List<String>> e : byTime.entrySet()) {
			List<String> what = e.getValue();
			String label = what.size() <= 2 ? String.join(", ", what) : what.get(0) + " and " + (what.size() - 1) + " more switches";
			markers.add(Marker.atX(e.getKey(), label));
		}
		charts(model, eq, tr, t, grid, out, markers);
		for (String note : model.notes()) {
			out.info("", note);
		}
		progress.done();
		return out.build();
	}

	private static double firstPositive(double[] t) {
		for (double x : t) {
			if (x > 0) {
				return x;
			}
		}
		return 1e-3;
	}

	/** When each connection leaves viscous flow and enters molecular flow (Kn of its dominant gas). */
	private static void regimes(VacuumEquations eq, PumpdownTransient tr, double[] t, SolverResult.Builder out) {
		for (int e = 0; e < eq.connectionCount(); e++) {
			Connection c = eq.network().connections().get(e);
			int a = eq.edgeFrom(e);
			int b = eq.edgeTo(e);
			double[] pa = tr.total(a);
			double[] pb = tr.total(b);
			double temperature = 0.5 * (eq.temperature(a) + eq.temperature(b));
			double leftViscous = Double.NaN;
			double molecular = Double.NaN;
			double[][] partials = new double[eq.gasCount()][];
			for (int g = 0; g < partials.length; g++) {
				partials[g] = tr.partial(g, a);
			}
			for (int j = 0; j < t.length; j++) {
				double mean = 0.5 * (pa[j] + pb[j]);
				GasKinetics gas = dominant(eq, partials, j);
				if (gas == null || !gas.hasViscosity() || !(mean > 0)) {
					continue;
				}
				double kn = gas.knudsenNumber(mean, temperature, c.characteristicDimension());
				FlowRegime regime = FlowRegime.of(kn);
				if (Double.isNaN(leftViscous) && regime != FlowRegime.VISCOUS && j > 0) {
					leftViscous = t[j];
				}
				if (Double.isNaN(molecular) && regime == FlowRegime.MOLECULAR) {
					molecular = t[j];
				}
			}
			if (!Double.isNaN(leftViscous)) {
				out.scalar(c.name(), "end of viscous flow", leftViscous, "s");
			}
			if (!Double.isNaN(molecular)) {
				out.scalar(c.name(), "start of molecular flow", molecular, "s");
			}
		}
	}

	private static GasKinetics dominant(VacuumEquations eq, double[][] partials, int j) {
		int best = -1;
		double max = 0;
		for (int g = 0; g < eq.gasCount(); g++) {
			double pg = partials[g][j];
			if (pg > max) {
				max = pg;
				best = g;
			}
		}
		return best < 0 ? null : eq.kinetics(best);
	}

	private void requirements(SystemModel model, VacuumEquations eq, PumpdownTransient tr, double[] t,
			SolverResult.Builder out, List<Marker> markers) {
		Map<String, Integer> index = eq.network().volumeIndex();
		double end = model.scenario().pumpdownEnd();
		for (Requirement r : model.requirements(Requirement.Kind.PRESSURE, Requirement.Kind.PARTIAL_PRESSURE)) {
			if (r.during().isPresent() || r.after().isEmpty()) {
				// a process scenario's (the steady solver's process case), or a requirement on the
				// state at rest with no time (the steady solver's base pressure): one verdict each
				continue;
			}
			Integer i = index.get(r.element());
			if (i == null) {
				out.requirement(r.unknown(r.element() + " is not a vacuum volume"));
				continue;
			}
			double[] curve;
			String what;
			if (r.kind() == Requirement.Kind.PRESSURE) {
				curve = tr.total(i);
				what = "pressure";
			} else {
				int g = r.gas().map(eq.gases()::indexOf).orElse(-1);
				if (g < 0) {
					out.requirement(r.unknown("the network carries no " + r.gas().map(Gas::symbol).orElse("gas")));
					continue;
				}
				curve = tr.partial(g, i);
				what = "partial pressure " + eq.gases().get(g).symbol();
			}
			double reached = r.below() ? LogGrid.settledBelow(t, curve, t.length, r.limit()) : Double.NaN;
			if (!Double.isNaN(reached)) {
				out.scalar(r.element(), "time to reach " + what + " " + fmt(r.limit()) + " Pa", reached, "s");
			}
			double at = r.after().orElse(end);
			if (at > end) {
				out.requirement(r.unknown(String.format(Locale.ROOT,
						"required after %.4g h, beyond the simulated %.4g h", at / 3600, end / 3600)));
				continue;
			}
			double value = (r.kind() == Requirement.Kind.PRESSURE ? tr.totalAt(i, new double[] { at })
					: tr.partialAt(r.gas().map(eq.gases()::indexOf).orElseThrow(), i, new double[] { at }))[0];
			String reason = !r.below() ? String.format(Locale.ROOT, "after %.4g h of pumping", at / 3600)
					: Double.isNaN(reached) ? "not reached in the simulated time"
					: String.format(Locale.ROOT, "below the limit from %.4g h on", reached / 3600);
			out.requirement(r.verdict(value, reason));
			markers.add(Marker.atY(r.limit(), "required " + r.element()));
		}
	}

	private void charts(SystemModel model, VacuumEquations eq, PumpdownTransient tr, double[] t, double[] grid,
			SolverResult.Builder out, List<Marker> markers) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < eq.volumeCount(); i++) {
			order.add(i);
		}
		java.util.Set<String> required = new java.util.HashSet<>();
		model.requirements().forEach(r -> required.add(r.element()));
		order.sort(Comparator.<Integer, Boolean>comparing(i -> !required.contains(eq.network().volumes().get(i).name()))
				.thenComparing(i -> -eq.volume(i)));
		List<String> names = new ArrayList<>();
		for (int i : order.subList(0, Math.min(MAX_CURVES, order.size()))) {
			String name = "pressure " + eq.network().volumes().get(i).name();
			out.series(Series.of(name, "time", "s", grid, "pressure", "Pa", tr.totalAt(i, grid)));
			names.add(name);
		}
		out.chart(new ChartSpec("pumpdown", "Pump-down (" + model.name() + ")", names, true, true, markers));
		int main = order.get(0);
		String volume = eq.network().volumes().get(main).name();
		List<String> partials = new ArrayList<>();
		for (int g = 0; g < eq.gasCount(); g++) {
			String name = "partial pressure " + eq.gases().get(g).symbol() + " " + volume;
			out.series(Series.of(name, "time", "s", grid, "partial pressure", "Pa", tr.partialAt(g, main, grid)));
			partials.add(name);
		}
		out.chart(new ChartSpec("partial-pressures", "Partial pressures in " + volume + " (" + model.name() + ")",
				partials, true, true, List.of()));
	}

	private static String fmt(double v) {
		return String.format(Locale.ROOT, "%.3g", v);
	}
}
