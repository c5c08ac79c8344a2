package org.cryostudio.solver.refrigeration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cryostudio.analysis.model.Requirement;
import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.refrigeration.DilutionStage;
import org.cryostudio.analysis.refrigeration.Expander;
import org.cryostudio.analysis.refrigeration.JouleThomsonValve;
import org.cryostudio.analysis.refrigeration.Liquefier;
import org.cryostudio.analysis.refrigeration.RefrigerationSet;
import org.cryostudio.analysis.result.ChartSpec;
import org.cryostudio.analysis.result.Marker;
import org.cryostudio.analysis.result.Series;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.analysis.solver.Solver;
import org.cryostudio.analysis.solver.SolverException;
import org.cryostudio.analysis.solver.SolverMonitor;
import org.cryostudio.physics.fluids.Fluid;
import org.cryostudio.physics.fluids.FluidState;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.refrigeration.DilutionRefrigerator;
import org.cryostudio.physics.refrigeration.Expansion;
import org.cryostudio.physics.refrigeration.LindeHampson;

/**
 * Expansion and liquefaction stages, all with real-fluid properties of the physics library:
 * <ul>
 * <li>Joule-Thomson valve: isenthalpic end state (temperature, liquid fraction), mu_JT at the inlet,
 * and whether the inlet lies below the inversion temperature at its pressure (else the stream warms);</li>
 * <li>expander: end state at its isentropic efficiency, work per kg and power;</li>
 * <li>Linde-Hampson liquefier: ideal (perfect heat exchanger) yield, compression work per kg
 * compressed and per kg liquefied, precooling heat, liquid production for a given flow
 * ({@link LindeHampson}; Barron, Cryogenic Systems, ch. 3);</li>
 * <li>dilution refrigerator: cooling power at the mixing-chamber temperature,
 * Q = n3 (95 T_MC^2 - 11 T_in^2) (Pobell, Matter and Methods at Low Temperatures, 3rd ed., sec. 7.3),
 * its curve against T_MC.</li>
 * </ul>
 * Chart per working gas: the Joule-Thomson inversion curve (upper branch, T_inv against p) with
 * each operating point marked. Requirement: {@code yield(liquefier) >= y}.
 */
public final class RefrigerationSolver implements Solver {

	private static final int CURVE_POINTS = 40;

	@Override
	public String id() {
		return "refrigeration";
	}

	@Override
	public String description() {
		return "Joule-Thomson and expander end states, Linde-Hampson yield and work per kg liquefied, dilution cooling power, inversion curve";
	}

	@Override
	public boolean appliesTo(SystemModel model) {
		return !model.refrigeration().isEmpty();
	}

	@Override
	public SolverResult solve(SystemModel model, SolverMonitor monitor) {
		RefrigerationSet set = model.refrigeration();
		SolverResult.Builder out = SolverResult.builder(id());
		Map<Gas, List<double[]>> operatingPoints = new LinkedHashMap<>();
		for (JouleThomsonValve v : set.valves()) {
			monitor.checkCancelled();
			valve(v, out);
			operatingPoints.computeIfAbsent(v.gas(), g -> new ArrayList<>()).add(new double[] { v.inletTemperature(), v.inletPressure() });
		}
		for (Expander x : set.expanders()) {
			monitor.checkCancelled();
			expander(x, out);
		}
		for (Liquefier l : set.liquefiers()) {
			monitor.checkCancelled();
			liquefier(model, l, out);
			operatingPoints.computeIfAbsent(l.gas(), g -> new ArrayList<>())
					.add(new double[] { l.precoolTemperature(), l.highPressure() });
		}
		for (DilutionStage d : set.dilution()) {
			dilution(d, out);
		}
		for (Map.Entry<Gas, List<double[]>> e : operatingPoints.entrySet()) {
			monitor.checkCancelled();
			inversionCurve(e.getKey(), e.getValue(), out);
		}
		requirements(model, out);
		return out.build();
	}

	private static void valve(JouleThomsonValve v, SolverResult.Builder out) {
		Fluid fluid = Fluids.of(v.gas());
		FluidState in = fluid.stateTP(v.inletTemperature(), v.inletPressure());
		FluidState end = Expansion.isenthalpic(fluid, v.inletTemperature(), v.inletPressure(), v.outletPressure());
		require(v.name(), in, end);
		out.scalar(v.name(), "outlet temperature", end.temperature(), "K");
		out.scalar(v.name(), "temperature change", end.temperature() - v.inletTemperature(), "K");
		out.scalar(v.name(), "liquid fraction at outlet", end.quality() >= 0 ? 1 - end.quality() : 0, "1");
		out.scalar(v.name(), "Joule-Thomson coefficient at inlet", in.jouleThomson(), "K/Pa");
		ModelResult inversion = fluid.inversionTemperature(v.inletPressure());
		if (Double.isFinite(inversion.value())) {
			out.scalar(v.name(), "inversion temperature at inlet pressure", inversion.value(), "K");
			if (v.inletTemperature() > inversion.value()) {
				out.warning(v.name(), String.format(Locale.ROOT,
						"inlet at %.4g K lies above the inversion temperature %.4g K at %.4g bar: throttling warms the stream",
						v.inletTemperature(), inversion.value(), v.inletPressure() / 1e5));
			}
		}
		warn(v.name(), end, out);
	}

	private static void expander(Expander x, SolverResult.Builder out) {
		Fluid fluid = Fluids.of(x.gas());
		FluidState in = fluid.stateTP(x.inletTemperature(), x.inletPressure());
		FluidState ideal = Expansion.isentropic(fluid, x.inletTemperature(), x.inletPressure(), x.outletPressure());
		FluidState end = Expansion.expander(fluid, x.inletTemperature(), x.inletPressure(), x.outletPressure(),
				x.isentropicEfficiency());
		require(x.name(), in, end);
		out.scalar(x.name(), "outlet temperature", end.temperature(), "K");
		out.scalar(x.name(), "isentropic outlet temperature", ideal.temperature(), "K");
		out.scalar(x.name(), "work per kg", in.enthalpy() - end.enthalpy(), "J/kg");
		warn(x.name(), end, out);
	}

	private static void liquefier(SystemModel model, Liquefier l, SolverResult.Builder out) {
		LindeHampson lh = LindeHampson.precooled(Fluids.of(l.gas()), l.ambientTemperature(), l.precoolTemperature(),
				l.lowPressure(), l.highPressure());
		if (!Double.isFinite(lh.yield()) || !Double.isFinite(lh.workPerKgCompressed())) {
			throw new SolverException(l.name(), "no Linde-Hampson balance for these states: " + String.join("; ", lh.warnings()));
		}
		out.scalar(l.name(), "liquid yield", lh.yield(), "1");
		out.scalar(l.name(), "work per kg compressed", lh.workPerKgCompressed(), "J/kg");
		if (lh.yield() > 0) {
			out.scalar(l.name(), "work per kg liquefied", lh.workPerKgLiquefied(), "J/kg");
		} else {
			out.warning(l.name(), "no liquid: the precooled stream lies above the inversion temperature or the pressures are too close");
		}
		if (lh.precoolingHeatPerKg() > 0) {
			out.scalar(l.name(), "precooling heat per kg compressed", lh.precoolingHeatPerKg(), "J/kg");
		}
		if (l.massFlow().isPresent()) {
			double m = l.massFlow().getAsDouble();
			out.scalar(l.name(), "liquid production", Math.max(0, lh.yield()) * m, "kg/s");
			out.scalar(l.name(), "ideal compression power", lh.workPerKgCompressed() * m, "W");
		}
		if (!lh.valid()) {
			out.warning(l.name(), String.join("; ", lh.warnings()));
		}
	}

	private static void dilution(DilutionStage d, SolverResult.Builder out) {
		double q = DilutionRefrigerator.coolingPower(d.he3Flow(), d.mixingChamberTemperature(), d.inletTemperature());
		out.scalar(d.name(), "cooling power at mixing chamber", q, "W");
		if (d.mixingChamberTemperature() > DilutionRefrigerator.VALIDITY_LIMIT) {
			out.warning(d.name(), "above 0.1 K the Fermi-liquid expressions are an estimate only (Pobell sec. 7.3)");
		}
		double[] t = new double[CURVE_POINTS];
		double[] power = new double[CURVE_POINTS];
		double hi = Math.max(DilutionRefrigerator.VALIDITY_LIMIT, 2 * d.mixingChamberTemperature());
		for (int j = 0; j < CURVE_POINTS; j++) {
			t[j] = hi * (j + 1) / CURVE_POINTS;
			power[j] = DilutionRefrigerator.coolingPower(d.he3Flow(), t[j], t[j]);
		}
		String name = "cooling power " + d.name();
		out.series(Series.of(name, "mixing-chamber temperature", "K", t, "cooling power", "W", power));
		out.chart(new ChartSpec("dilution-" + d.name().replaceAll("[^A-Za-z0-9._-]+", "_"),
				"Cooling power of " + d.name() + " (perfect heat exchanger)", List.of(name), false, false,
				List.of(Marker.atX(d.mixingChamberTemperature(), "operating point"), Marker.atY(q, String.format(Locale.ROOT,
						"%.3g W", q)))));
	}

	/** T_inv(p) on its upper branch from 1 bar to where the curve ends, with the operating points. */
	private static void inversionCurve(Gas gas, List<double[]> points, SolverResult.Builder out) {
		Fluid fluid = Fluids.of(gas);
		double pMax = points.stream().mapToDouble(p -> p[1]).max().orElse(1e6) * 4;
		List<double[]> curve = new ArrayList<>();
		for (int j = 0; j < CURVE_POINTS; j++) {
			double p = 1e5 * Math.pow(pMax / 1e5, j / (CURVE_POINTS - 1.0));
			ModelResult t = fluid.inversionTemperature(p);
			if (t.valid() && Double.isFinite(t.value()) && t.value() > 0) {
				curve.add(new double[] { t.value(), p });
			}
		}
		if (curve.size() < 2) {
			out.info(gas.symbol(), "no inversion curve from the equation of state in this pressure range");
			return;
		}
		String name = "inversion curve " + gas.symbol();
		out.series(Series.of(name, "temperature", "K", curve.stream().mapToDouble(c -> c[0]).toArray(), "pressure", "Pa",
				curve.stream().mapToDouble(c -> c[1]).toArray()));
		List<Marker> markers = new ArrayList<>();
		for (double[] p : points) {
			markers.add(Marker.atX(p[0], String.format(Locale.ROOT, "inlet %.4g K", p[0])));
			markers.add(Marker.atY(p[1], String.format(Locale.ROOT, "inlet %.4g bar", p[1] / 1e5)));
		}
		out.chart(new ChartSpec("inversion-" + gas.symbol(), "Joule-Thomson inversion curve of " + gas.symbol()
				+ " with the operating points (cooling left of the curve)", List.of(name), false, true, markers));
	}

	private static void requirements(SystemModel model, SolverResult.Builder out) {
		for (Requirement r : model.requirements(Requirement.Kind.LIQUID_YIELD)) {
			Liquefier l = model.refrigeration().liquefiers().stream().filter(x -> x.name().equals(r.element())).findFirst()
					.orElse(null);
			if (l == null) {
				out.requirement(r.unknown(r.element() + " is not a liquefier"));
				continue;
			}
			LindeHampson lh = LindeHampson.precooled(Fluids.of(l.gas()), l.ambientTemperature(), l.precoolTemperature(),
					l.lowPressure(), l.highPressure());
			out.requirement(r.verdict(lh.yield(), "ideal Linde-Hampson yield (perfect heat exchanger)"));
		}
	}

	private static void require(String element, FluidState... states) {
		for (FluidState s : states) {
			if (!Double.isFinite(s.temperature()) || !Double.isFinite(s.enthalpy())) {
				throw new SolverException(element, "no equation-of-state solution for this state: " + String.join("; ", s.warnings()));
			}
		}
	}

	private static void warn(String element, FluidState s, SolverResult.Builder out) {
		if (!s.valid()) {
			out.warning(element, "outside the equation of state's validity range: " + String.join("; ", s.warnings()));
		}
	}
}
