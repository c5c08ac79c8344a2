package org.cryostudio.solver.cryopump;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cryostudio.analysis.model.ProcessCase;
import org.cryostudio.analysis.model.Requirement;
import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.result.ChartSpec;
import org.cryostudio.analysis.result.Marker;
import org.cryostudio.analysis.result.Series;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.analysis.solver.ProgressCounter;
import org.cryostudio.analysis.solver.Solver;
import org.cryostudio.analysis.solver.SolverMonitor;
import org.cryostudio.analysis.vacuum.Cryopump;
import org.cryostudio.analysis.vacuum.PumpPort;
import org.cryostudio.analysis.vacuum.SteadyFlowSolver;
import org.cryostudio.analysis.vacuum.VacuumEquations;
import org.cryostudio.analysis.vacuum.VacuumNetwork;
import org.cryostudio.physics.fluids.Gas;

/**
 * Cryopump loading and regeneration. For every cryopump (and cold trap) of the network: its speed
 * per gas at the inlet and the effective speed at the volume it pumps (1/S_eff = 1/S + 1/C of its
 * inlet duct), the rate at which it collects each gas, the time until each gas fills its capacity,
 * and the regeneration interval (the first gas to fill). The collection rate is the throughput
 * into the pump from the steady state of the network (gas amounts counted as pV at 273.15 K, as
 * capacities are): with the system at rest (sources after the pump-down), and, for every process
 * scenario, with the scenario's flows at their mean over the pulse period. A load-driven pump keeps
 * its throughput while its speed falls with filling (the pressure rises instead) until it is
 * nearly full, so the amount grows linearly: N(t) = Q t and t_sat = N_max / Q.
 * Requirements: {@code regeneration(pump) >= t} (during a scenario: with its flows).
 * Chart: accumulated gas against time per gas, capacities marked.
 */
public final class CryopumpCapacitySolver implements Solver {

	private static final int CHART_POINTS = 40;

	@Override
	public String id() {
		return "cryopump.capacity";
	}

	@Override
	public String description() {
		return "cryopump speed per gas, gas collected against capacity through the scenarios, time to saturation, regeneration interval";
	}

	@Override
	public boolean appliesTo(SystemModel model) {
		return model.vacuum().isSolvable() && model.vacuum().pumps().stream().anyMatch(p -> p.pump() instanceof Cryopump);
	}

	/** Collection rates of one case: rate[g][k] in Pa m3/s at 273.15 K. */
	private record Loading(String label, VacuumEquations eq, double[][] rate, double[] basePressure) {
	}

	@Override
	public SolverResult solve(SystemModel model, SolverMonitor monitor) {
		ProgressCounter progress = new ProgressCounter(monitor, id() + ": cryopumps of " + model.name(), 100);
		SolverResult.Builder out = SolverResult.builder(id());
		List<Loading> cases = new ArrayList<>();
		double tEnd = model.scenario().pumpdownEnd();
		cases.add(loading("at rest", model.vacuum(), tEnd));
		for (ProcessCase p : model.processes()) {
			monitor.checkCancelled();
			cases.add(loading("during " + p.scenario(), p.mean(), tEnd));
		}
		progress.update(0.5);
		out.info("", String.format(Locale.ROOT, "sources after %.4g h of pumping; amounts as pV at %.2f K",
				tEnd / 3600, Cryopump.CAPACITY_TEMPERATURE));
		Loading rest = cases.get(0);
		VacuumEquations eq = rest.eq();
		List<Gas> gases = eq.gases();
		for (int k = 0; k < eq.pumpCount(); k++) {
			PumpPort port = model.vacuum().pumps().get(k);
			if (!(port.pump() instanceof Cryopump cp)) {
				continue;
			}
			int v = eq.pumpVolume(k);
			double temperature = eq.temperature(v);
			for (int g = 0; g < gases.size(); g++) {
				if (!cp.pumps(gases.get(g))) {
					continue;
				}
				String gas = gases.get(g).symbol();
				out.scalar(port.name(), "inlet speed " + gas, cp.initialSpeed(eq.kinetics(g), temperature), "m3/s");
				out.scalar(port.name(), "effective speed at " + model.vacuum().volumes().get(v).name() + " " + gas,
						port.effectiveSpeed(eq.kinetics(g), Math.max(rest.basePressure()[v], 1e-12), temperature, 0), "m3/s");
			}
			for (Loading c : cases) {
				interval(model, port, cp, c, out);
			}
		}
		requirements(model, cases, out);
		progress.done();
		return out.build();
	}

	private static Loading loading(String label, VacuumNetwork net, double t) {
		VacuumEquations eq = new VacuumEquations(net);
		SteadyFlowSolver.Solution sol = SteadyFlowSolver.solve(eq, t, eq.openAtEnd(), eq.runningAtEnd(),
				new double[eq.gasCount()][eq.pumpCount()]);
		double[][] rate = new double[eq.gasCount()][eq.pumpCount()];
		for (int g = 0; g < eq.gasCount(); g++) {
			for (int k = 0; k < eq.pumpCount(); k++) {
				double q = Math.max(0, sol.pumpThroughput(eq, g, k));
				rate[g][k] = q * Cryopump.CAPACITY_TEMPERATURE / eq.temperature(eq.pumpVolume(k));
			}
		}
		return new Loading(label, eq, rate, sol.total());
	}

	/** Collection rates, times to saturation and the regeneration interval of one pump in one case. */
	private void interval(SystemModel model, PumpPort port, Cryopump cp, Loading c, SolverResult.Builder out) {
		int k = c.eq().network().pumps().stream().map(PumpPort::name).toList().indexOf(port.name());
		if (k < 0 || !c.eq().runningAtEnd()[k]) {
			return; // off in this case (e.g. regenerating)
		}
		List<Gas> gases = c.eq().gases();
		double first = Double.POSITIVE_INFINITY;
		String limiting = null;
		List<String> names = new ArrayList<>();
		List<Marker> markers = new ArrayList<>();
		List<double[]> curves = new ArrayList<>();
		for (int g = 0; g < gases.size(); g++) {
			double rate = c.rate()[g][k];
			if (!(rate > 0)) {
				continue;
			}
			String gas = gases.get(g).symbol();
			out.scalar(port.name(), "collection rate " + gas + " " + c.label(), rate, "Pa*m3/s");
			java.util.OptionalDouble capacity = cp.capacity(c.eq().kinetics(g));
			if (capacity.isEmpty()) {
				continue;
			}
			double tSat = capacity.getAsDouble() / rate;
			out.scalar(port.name(), "time to saturation " + gas + " " + c.label(), tSat, "s");
			if (tSat < first) {
				first = tSat;
				limiting = gas;
			}
			curves.add(new double[] { g, rate, capacity.getAsDouble() });
		}
		if (limiting == null) {
			out.info(port.name(), "no capacity given for the gases it collects " + c.label() + ": no regeneration interval");
			return;
		}
		out.scalar(port.name(), "regeneration interval " + c.label(), first, "s");
		out.info(port.name(), String.format(Locale.ROOT, "%s fills first %s, after %.4g h", limiting, c.label(), first / 3600));
		double horizon = Math.min(1.25 * first, model.scenario().cryopumpEnd());
		double[] time = new double[CHART_POINTS];
		for (int j = 0; j < CHART_POINTS; j++) {
			time[j] = horizon * j / (CHART_POINTS - 1);
		}
		String suffix = port.name() + " " + c.label();
		for (double[] curve : curves) {
			String gas = gases.get((int) curve[0]).symbol();
			double[] amount = new double[CHART_POINTS];
			for (int j = 0; j < CHART_POINTS; j++) {
				amount[j] = Math.min(curve[1] * time[j], curve[2]);
			}
			String name = "collected " + gas + " " + suffix;
			out.series(Series.of(name, "time", "s", time, "gas collected (pV at 273.15 K)", "Pa*m3", amount));
			names.add(name);
			markers.add(Marker.atY(curve[2], "capacity " + gas));
		}
		markers.add(Marker.atX(first, String.format(Locale.ROOT, "regenerate (%.3g h)", first / 3600)));
		out.chart(new ChartSpec(("cryopump-" + suffix).replaceAll("[^A-Za-z0-9._-]+", "_"),
				"Gas collected by " + port.name() + " " + c.label(), names, false, false, markers));
	}

	private static void requirements(SystemModel model, List<Loading> cases, SolverResult.Builder out) {
		for (Requirement r : model.requirements(Requirement.Kind.REGENERATION_INTERVAL)) {
			String label = r.during().map(s -> "during " + s).orElse("at rest");
			Loading c = cases.stream().filter(x -> x.label().equals(label)).findFirst().orElse(null);
			if (c == null) {
				out.requirement(r.unknown("scenario " + r.during().orElse("") + " runs no gas flow"));
				continue;
			}
			int k = c.eq().network().pumps().stream().map(PumpPort::name).toList().indexOf(r.element());
			if (k < 0 || !(c.eq().network().pumps().get(k).pump() instanceof Cryopump cp)) {
				out.requirement(r.unknown(r.element() + " is not a cryopump of the vacuum network"));
				continue;
			}
			if (!c.eq().runningAtEnd()[k]) {
				out.requirement(r.unknown(r.element() + " does not pump " + label));
				continue;
			}
			double first = Double.POSITIVE_INFINITY;
			for (int g = 0; g < c.eq().gasCount(); g++) {
				java.util.OptionalDouble capacity = cp.capacity(c.eq().kinetics(g));
				if (capacity.isPresent() && c.rate()[g][k] > 0) {
					first = Math.min(first, capacity.getAsDouble() / c.rate()[g][k]);
				}
			}
			if (Double.isInfinite(first)) {
				out.requirement(r.unknown("no capacity given for the gases " + r.element() + " collects " + label));
			} else {
				out.requirement(r.verdict(first, "first gas to fill its capacity " + label));
			}
		}
	}
}
