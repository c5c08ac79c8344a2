package org.cryostudio.solver.vacuum;

import java.util.ArrayList;
import java.util.List;

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
import org.cryostudio.analysis.vacuum.PumpPort;
import org.cryostudio.analysis.vacuum.SteadyFlowSolver;
import org.cryostudio.analysis.vacuum.VacuumEquations;
import org.cryostudio.analysis.vacuum.VacuumNetwork;
import org.cryostudio.analysis.vacuum.VacuumVolume;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.kinetic.FlowRegime;

/**
 * Steady state of the vacuum network in its final configuration (every pump and valve as at the
 * end of the scenario), with time-dependent sources at the end of the pump-down
 * ({@link org.cryostudio.analysis.model.Scenario#pumpdownEnd}): base pressure and partial pressures
 * per volume, throughput of every connection and pump, effective speed per gas at every volume,
 * the Knudsen number and regime of every connection. Requirements on pressure "after t" are
 * checked against the quasi-steady state with sources at t. Chart: base pressure against the
 * pumping time at which the sources are evaluated (outgassing decay), per volume.
 */
public final class VacuumSteadySolver implements Solver {

	/** Points of the base-pressure-against-time chart. */
	private static final int CHART_POINTS = 25;

	@Override
	public String id() {
		return "vacuum.steady";
	}

	@Override
	public String description() {
		return "base pressure per volume and gas, throughput per element, effective pumping speed (steady state)";
	}

	@Override
	public boolean appliesTo(SystemModel model) {
		return model.vacuum().isSolvable();
	}

	@Override
	public SolverResult solve(SystemModel model, SolverMonitor monitor) {
		VacuumNetwork net = model.vacuum();
		VacuumEquations eq = new VacuumEquations(net);
		ProgressCounter progress = new ProgressCounter(monitor, id() + ": steady state of " + model.name(),
				100);
		boolean[] open = eq.openAtEnd();
		boolean[] running = eq.runningAtEnd();
		double[][] captured = new double[eq.gasCount()][eq.pumpCount()];
		double t = model.scenario().pumpdownEnd();
		SteadyFlowSolver.Solution sol = SteadyFlowSolver.solve(eq, t, open, running, captured);
		progress.update(0.2);
		SolverResult.Builder out = SolverResult.builder(id());
		out.info("", String.format(java.util.Locale.ROOT,
				"steady state with sources evaluated after %.4g h of pumping; %d regime iteration(s)", t / 3600,
				sol.iterations()));
		List<Gas> gases = eq.gases();
		for (int i = 0; i < eq.volumeCount(); i++) {
			VacuumVolume v = net.volumes().get(i);
			out.scalar(v.name(), "base pressure", sol.total()[i], "Pa");
			for (int g = 0; g < gases.size(); g++) {
				out.scalar(v.name(), "partial pressure " + gases.get(g).symbol(), sol.pressure()[g][i], "Pa");
			}
		}
		for (int g = 0; g < gases.size(); g++) {
			double[] seff = SteadyFlowSolver.effectiveSpeeds(eq, sol, g, open);
			for (int i = 0; i < eq.volumeCount(); i++) {
				out.scalar(net.volumes().get(i).name(), "effective speed " + gases.get(g).symbol(), seff[i], "m3/s");
			}
		}
		progress.update(0.4);
		for (int e = 0; e < eq.connectionCount(); e++) {
			Connection c = net.connections().get(e);
			double total = 0;
			for (int g = 0; g < gases.size(); g++) {
				double q = sol.connectionThroughput(eq, g, e);
				total += q;
				out.scalar(c.name(), "throughput " + gases.get(g).symbol(), q, "Pa*m3/s");
				out.scalar(c.name(), "conductance " + gases.get(g).symbol(), sol.conductance()[g][e], "m3/s");
			}
			out.scalar(c.name(), "throughput", total, "Pa*m3/s");
			double mean = 0.5 * (sol.total()[eq.edgeFrom(e)] + sol.total()[eq.edgeTo(e)]);
			Gas dominant = dominantGas(sol, eq, eq.edgeFrom(e));
			if (mean > 0 && dominant != null && org.cryostudio.physics.kinetic.GasKinetics.of(dominant).hasViscosity()) {
				double kn = org.cryostudio.physics.kinetic.GasKinetics.of(dominant).knudsenNumber(mean,
						0.5 * (eq.temperature(eq.edgeFrom(e)) + eq.temperature(eq.edgeTo(e))), c.characteristicDimension());
				out.scalar(c.name(), "Knudsen number", kn, "1");
				out.info(c.name(), "flow regime " + FlowRegime.of(kn).name().toLowerCase(java.util.Locale.ROOT)
						+ " (Kn = " + String.format(java.util.Locale.ROOT, "%.3g", kn) + " in " + dominant.symbol() + ")");
			}
		}
		for (int k = 0; k < eq.pumpCount(); k++) {
			PumpPort p = net.pumps().get(k);
			double total = 0;
			for (int g = 0; g < gases.size(); g++) {
				double q = sol.pumpThroughput(eq, g, k);
				total += q;
				out.scalar(p.name(), "throughput " + gases.get(g).symbol(), q, "Pa*m3/s");
				if (running[k] && sol.speed()[g][k] == 0 && sol.floor()[g][k] == 0
						&& p.pump().floor(eq.kinetics(g), eq.temperature(eq.pumpVolume(k)), 0) > 0) {
					out.warning(p.name(), gases.get(g).symbol() + " is not pumped: its vapour-pressure floor at the "
							+ p.pump().kind() + " lies above the pressure the network reaches");
				}
			}
			out.scalar(p.name(), "throughput", total, "Pa*m3/s");
			if (!running[k]) {
				out.info(p.name(), "not running at the end of the scenario: left out of the steady state");
			}
		}
		progress.update(0.5);
		checkRequirements(model, eq, open, running, captured, sol, t, out);
		progress.update(0.6);
		chart(model, eq, open, running, captured, out, progress);
		for (String note : model.notes()) {
			out.info("", note);
		}
		progress.done();
		return out.build();
	}

	private static Gas dominantGas(SteadyFlowSolver.Solution sol, VacuumEquations eq, int volume) {
		Gas best = null;
		double max = -1;
		for (int g = 0; g < eq.gasCount(); g++) {
			if (sol.pressure()[g][volume] > max) {
				max = sol.pressure()[g][volume];
				best = eq.gases().get(g);
			}
		}
		return best;
	}

	private void checkRequirements(SystemModel model, VacuumEquations eq, boolean[] open, boolean[] running,
			double[][] captured, SteadyFlowSolver.Solution atEnd, double tEnd, SolverResult.Builder out) {
		java.util.Map<String, Integer> index = eq.network().volumeIndex();
		for (Requirement r : model.requirements(Requirement.Kind.PRESSURE, Requirement.Kind.PARTIAL_PRESSURE)) {
			if (r.during().isPresent()) {
				duringProcess(model, r, tEnd, out);
				continue;
			}
			Integer i = index.get(r.element());
			if (i == null) {
				out.requirement(r.unknown(r.element() + " is not a vacuum volume"));
				continue;
			}
			SteadyFlowSolver.Solution sol = atEnd;
			double t = tEnd;
			if (r.after().isPresent()) {
				t = r.after().getAsDouble();
				sol = SteadyFlowSolver.solve(eq, t, open, running, captured);
			}
			String when = String.format(java.util.Locale.ROOT, "steady state with sources after %.4g h", t / 3600);
			if (r.kind() == Requirement.Kind.PRESSURE) {
				out.requirement(r.verdict(sol.total()[i], when));
			} else {
				int g = r.gas().map(eq.gases()::indexOf).orElse(-1);
				out.requirement(g < 0 ? r.unknown("the network carries no " + r.gas().map(Gas::symbol).orElse("gas"))
						: r.verdict(sol.pressure()[g][i], when));
			}
		}
	}

	/**
	 * A requirement during a process scenario: the quasi-steady pressure with the scenario's flows at
	 * their peak, which a pulse reaches when it lasts longer than the pumping time constant V/S_eff
	 * (and bounds from above otherwise). Outgassing is taken at the end of the pump-down.
	 */
	private static void duringProcess(SystemModel model, Requirement r, double tEnd, SolverResult.Builder out) {
		String scenario = r.during().orElseThrow();
		java.util.Optional<org.cryostudio.analysis.model.ProcessCase> process = model.process(scenario);
		if (process.isEmpty()) {
			out.requirement(r.unknown("scenario " + scenario + " runs no gas flow: nothing to solve during it"));
			return;
		}
		VacuumEquations eq = new VacuumEquations(process.get().peak());
		Integer i = eq.network().volumeIndex().get(r.element());
		if (i == null) {
			out.requirement(r.unknown(r.element() + " is not a vacuum volume"));
			return;
		}
		SteadyFlowSolver.Solution sol = SteadyFlowSolver.solve(eq, tEnd, eq.openAtEnd(), eq.runningAtEnd(),
				new double[eq.gasCount()][eq.pumpCount()]);
		double value;
		if (r.kind() == Requirement.Kind.PRESSURE) {
			value = sol.total()[i];
		} else {
			int g = r.gas().map(eq.gases()::indexOf).orElse(-1);
			if (g < 0) {
				out.requirement(r.unknown("no " + r.gas().map(Gas::symbol).orElse("gas") + " flows during " + scenario));
				return;
			}
			value = sol.pressure()[g][i];
		}
		double speed = 0;
		for (int g = 0; g < eq.gasCount(); g++) {
			speed = Math.max(speed, SteadyFlowSolver.effectiveSpeeds(eq, sol, g, eq.openAtEnd())[i]);
		}
		double tau = speed > 0 ? eq.volume(i) / speed : Double.POSITIVE_INFINITY;
		String reason = String.format(java.util.Locale.ROOT,
				"quasi-steady during %s with its flows at their peak (time constant V/S_eff = %.3g s)", scenario, tau);
		out.scalar(r.element(), "pressure during " + scenario, sol.total()[i], "Pa");
		out.requirement(r.verdict(value, reason));
	}

	private void chart(SystemModel model, VacuumEquations eq, boolean[] open, boolean[] running, double[][] captured,
			SolverResult.Builder out, ProgressCounter progress) {
		double end = model.scenario().pumpdownEnd();
		double start = Math.min(3600.0, end / 10);
		double[] times = LogGrid.points(start, end, CHART_POINTS);
		int n = eq.volumeCount();
		double[][] base = new double[n][times.length];
		for (int j = 0; j < times.length; j++) {
			SteadyFlowSolver.Solution s = SteadyFlowSolver.solve(eq, times[j], open, running, captured);
			for (int i = 0; i < n; i++) {
				base[i][j] = s.total()[i];
			}
			progress.update(0.6 + 0.4 * (j + 1) / times.length);
		}
		List<String> names = new ArrayList<>();
		for (int i = 0; i < Math.min(n, 8); i++) {
			String name = "base pressure " + eq.network().volumes().get(i).name();
			if (!allPositive(base[i])) {
				continue; // a log chart cannot show zero pressure (no source)
			}
			out.series(Series.of(name, "pumping time", "s", times, "pressure", "Pa", base[i]));
			names.add(name);
		}
		if (names.isEmpty()) {
			return;
		}
		List<Marker> markers = new ArrayList<>();
		for (Requirement r : model.requirements(Requirement.Kind.PRESSURE)) {
			markers.add(Marker.atY(r.limit(), "required " + r.element()));
		}
		out.chart(new ChartSpec("base-pressure", "Base pressure against pumping time (" + model.name() + ")", names, true,
				true, markers));
	}

	private static boolean allPositive(double[] v) {
		for (double x : v) {
			if (!(x > 0)) {
				return false;
			}
		}
		return true;
	}
}
