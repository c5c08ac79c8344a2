package org.cryostudio.solver.cryopump;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cryostudio.analysis.model.ProcessCase;
import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.result.ChartSpec;
import org.cryostudio.analysis.result.Marker;
import org.cryostudio.analysis.result.Series;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.analysis.solver.Solver;
import org.cryostudio.analysis.solver.SolverMonitor;
import org.cryostudio.analysis.thermal.ThermalNode;
import org.cryostudio.analysis.vacuum.Cryopump;
import org.cryostudio.analysis.vacuum.PumpPort;
import org.cryostudio.physics.fluids.Fluid;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.model.ModelResult;

/**
 * The classic cryopumping chart: the vapour (saturation or sublimation) pressure of every gas the
 * system carries against temperature, from the physics library's correlations, with the
 * temperatures of its cold surfaces (cryopump panels, cold traps, thermal stages below 150 K)
 * marked. A surface holds a gas whose vapour pressure at its temperature lies below the pressure
 * the system must reach; the scalars give that vapour pressure for every surface and gas. Curves
 * run from 1e-10 Pa to one atmosphere or the critical point; points outside a correlation's
 * validity range are left out and named in a warning.
 */
public final class VapourPressureChartSolver implements Solver {

	private static final double LOWEST = 1e-10;
	private static final double HIGHEST = 101325.0;
	/** Stages colder than this are marked as cold surfaces, K. */
	private static final double COLD = 150.0;
	private static final int POINTS = 60;

	@Override
	public String id() {
		return "cryopump.vapour-pressure";
	}

	@Override
	public String description() {
		return "vapour-pressure chart of the system's gases with its cold-surface temperatures marked";
	}

	@Override
	public boolean appliesTo(SystemModel model) {
		return !gases(model).isEmpty() && !surfaces(model).isEmpty();
	}

	@Override
	public SolverResult solve(SystemModel model, SolverMonitor monitor) {
		SolverResult.Builder out = SolverResult.builder(id());
		Map<String, Double> surfaces = surfaces(model);
		List<String> names = new ArrayList<>();
		for (Gas gas : gases(model)) {
			monitor.checkCancelled();
			Fluid fluid = Fluids.of(gas);
			double lo = fluid.vapourTemperature(LOWEST).value();
			double hi = Math.min(fluid.vapourTemperature(HIGHEST).value(), fluid.criticalTemperature());
			if (!(lo > 0) || !(hi > lo)) {
				out.warning(gas.symbol(), "no vapour-pressure curve between " + LOWEST + " Pa and one atmosphere in the library");
				continue;
			}
			List<double[]> points = new ArrayList<>();
			boolean outside = false;
			for (int j = 0; j < POINTS; j++) {
				double t = lo * Math.pow(hi / lo, j / (POINTS - 1.0));
				ModelResult p = fluid.vapourPressure(t);
				if (!p.valid() || !(p.value() > 0) || !Double.isFinite(p.value())) {
					outside = true;
					continue;
				}
				points.add(new double[] { t, p.value() });
			}
			if (outside) {
				out.warning(gas.symbol(), "parts of the curve lie outside the correlation's validity range and are not drawn");
			}
			if (points.size() < 2) {
				continue;
			}
			String name = "vapour pressure " + gas.symbol();
			out.series(Series.of(name, "temperature", "K", points.stream().mapToDouble(x -> x[0]).toArray(),
					"vapour pressure", "Pa", points.stream().mapToDouble(x -> x[1]).toArray()));
			names.add(name);
			for (Map.Entry<String, Double> s : surfaces.entrySet()) {
				ModelResult p = fluid.vapourPressure(s.getValue());
				if (Double.isFinite(p.value()) && p.value() >= 0) {
					out.scalar(s.getKey(), "vapour pressure " + gas.symbol() + " at the surface", p.value(), "Pa");
				}
			}
		}
		if (!names.isEmpty()) {
			// surfaces at the same temperature share one line (six cryopumps at 4.5 K)
			Map<Double, List<String>> byTemperature = new java.util.TreeMap<>();
			surfaces.forEach((name, t) -> byTemperature.computeIfAbsent(t, k -> new ArrayList<>()).add(name));
			List<Marker> markers = new ArrayList<>();
			for (Map.Entry<Double, List<String>> e : byTemperature.entrySet()) {
				List<String> at = e.getValue();
				String who = at.size() <= 2 ? String.join(", ", at) : at.get(0) + " +" + (at.size() - 1);
				markers.add(Marker.atX(e.getKey(), String.format(Locale.ROOT, "%s %.3g K", who, e.getKey())));
			}
			out.chart(new ChartSpec("vapour-pressure", "Vapour pressures and cold surfaces (" + model.name() + ")", names,
					true, true, markers));
		}
		return out.build();
	}

	/** @return every gas of the vacuum networks, in order */
	static List<Gas> gases(SystemModel model) {
		Set<Gas> set = new LinkedHashSet<>(model.vacuum().gases());
		for (ProcessCase p : model.processes()) {
			set.addAll(p.peak().gases());
		}
		set.remove(Gas.AIR); // a pseudo-pure mixture condenses over a range: its dew line is not a vapour-pressure curve
		return new ArrayList<>(set);
	}

	/** @return cold surfaces by name: cryopump panels and cold traps, stages colder than 150 K */
	static Map<String, Double> surfaces(SystemModel model) {
		Map<String, Double> surfaces = new LinkedHashMap<>();
		for (PumpPort p : model.vacuum().pumps()) {
			if (p.pump() instanceof Cryopump cp) {
				surfaces.putIfAbsent(p.name(), cp.panelTemperature());
			}
		}
		for (ThermalNode n : model.thermal().nodes()) {
			if (n.isHeld() && n.fixedTemperature().getAsDouble() < COLD) {
				surfaces.putIfAbsent(n.name(), n.fixedTemperature().getAsDouble());
			}
		}
		return surfaces;
	}
}
