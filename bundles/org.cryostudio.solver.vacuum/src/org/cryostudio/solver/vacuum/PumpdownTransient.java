package org.cryostudio.solver.vacuum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cryostudio.analysis.numeric.DenseCholesky;
import org.cryostudio.analysis.numeric.RosenbrockW;
import org.cryostudio.analysis.numeric.StiffSystem;
import org.cryostudio.analysis.solver.SolverException;
import org.cryostudio.analysis.solver.SolverMonitor;
import org.cryostudio.analysis.vacuum.Connection;
import org.cryostudio.analysis.vacuum.Cryopump;
import org.cryostudio.analysis.vacuum.PumpPort;
import org.cryostudio.analysis.vacuum.Schedule;
import org.cryostudio.analysis.vacuum.Trigger;
import org.cryostudio.analysis.vacuum.VacuumEquations;

/**
 * The pump-down of a vacuum network as a stiff ODE: unknowns are the partial pressures p_gi of every
 * gas in every volume and the quantities captured by every pump (saturation of cryopumps and
 * getters). V_i dp_gi/dt = Q_gi(t) - sum C_ge(P) (p_g,a - p_g,b) - sum S_gk(P, N) (p_gi - p_floor),
 * with conductances following the regime at the present total pressures P and pump speeds their
 * curves. A pump gives gas back only when it holds condensate (N &gt; 0). Integrated by
 * {@link RosenbrockW} with the Jacobian approximated by the frozen linear part per gas, so that
 * each stage solves (V + gamma h (L_g + S_g)) x = V r, symmetric positive definite, by Cholesky.
 * Pumps and valves switch on their schedules; a pressure trigger (roughing until a crossover
 * pressure) is located inside the step where it occurs and the integration restarts from there.
 */
final class PumpdownTransient implements StiffSystem, RosenbrockW.Events {

	/** A switch that happened: when, which element, what. */
	record Switch(double time, String element, String what) {
	}

	private final VacuumEquations eq;
	private final int ng;
	private final int n;
	private final int nk;
	private final int ne;
	private final double end;
	private final ProgressSink progress;
	private final double[][] p;
	private final double[][] captured;
	private final double[] total;
	private final double[][] q;
	private final double[][] c;
	private final double[][] s;
	private final double[][] floor;
	private final double[] cachedY;
	private double cachedT = Double.NaN;
	private boolean cacheValid;
	private final DenseCholesky[] cholesky;
	private final double[] block;
	private final boolean[] captures;
	// schedules
	private final Schedule[] pumpSchedule;
	private final Schedule[] valveSchedule;
	private final boolean[] pumpStarted;
	private final boolean[] pumpStopped;
	private final boolean[] valveOpened;
	private final boolean[] valveClosed;
	private final boolean[] running;
	private final boolean[] open;
	private final List<Switch> switches = new ArrayList<>();
	// record
	private final List<Double> times = new ArrayList<>();
	private final List<double[]> states = new ArrayList<>();
	private final List<double[]> rates = new ArrayList<>();

	/** Receives the fraction of simulated (log) time done. */
	interface ProgressSink {
		void at(double fraction);
	}

	PumpdownTransient(VacuumEquations eq, double end, ProgressSink progress) {
		this.eq = eq;
		this.ng = eq.gasCount();
		this.n = eq.volumeCount();
		this.nk = eq.pumpCount();
		this.ne = eq.connectionCount();
		this.end = end;
		this.progress = progress;
		p = new double[ng][n];
		captured = new double[ng][nk];
		total = new double[n];
		q = new double[ng][n];
		c = new double[ng][ne];
		s = new double[ng][nk];
		floor = new double[ng][nk];
		cachedY = new double[dimension()];
		cholesky = new DenseCholesky[ng];
		for (int g = 0; g < ng; g++) {
			cholesky[g] = new DenseCholesky(n);
		}
		block = new double[n];
		captures = new boolean[nk];
		pumpSchedule = new Schedule[nk];
		for (int k = 0; k < nk; k++) {
			PumpPort port = eq.network().pumps().get(k);
			captures[k] = port.pump().captures();
			pumpSchedule[k] = port.schedule();
		}
		valveSchedule = new Schedule[ne];
		for (int e = 0; e < ne; e++) {
			valveSchedule[e] = eq.network().connections().get(e).schedule();
		}
		pumpStarted = new boolean[nk];
		pumpStopped = new boolean[nk];
		valveOpened = new boolean[ne];
		valveClosed = new boolean[ne];
		running = new boolean[nk];
		open = new boolean[ne];
	}

	/** @return the initial state: the initial gas in every volume, nothing captured */
	double[] initialState() {
		double[] y = new double[dimension()];
		List<org.cryostudio.physics.fluids.Gas> gases = eq.gases();
		for (int g = 0; g < ng; g++) {
			double p0 = eq.network().initialGas().getOrDefault(gases.get(g), 0.0);
			for (int i = 0; i < n; i++) {
				y[g * n + i] = p0;
			}
		}
		return y;
	}

	/** Runs the pump-down. */
	void run(SolverMonitor monitor, double relativeTolerance) {
		double[] y = initialState();
		applySwitches(0.0, y);
		double[] atol = new double[dimension()];
		Arrays.fill(atol, 0, ng * n, 1e-14);
		Arrays.fill(atol, ng * n, atol.length, 1e-12);
		RosenbrockW integrator = new RosenbrockW(relativeTolerance, atol).initialStep(1e-4).maxSteps(500_000);
		try {
			integrator.integrate(this, 0.0, y, end, eq.switchTimes(end), this, monitor);
		} catch (IllegalStateException e) {
			throw new SolverException(worstVolume(), "pump-down did not converge: " + e.getMessage());
		}
		accepted = integrator.acceptedSteps();
		rejected = integrator.rejectedSteps();
	}

	private int accepted;
	private int rejected;

	int acceptedSteps() {
		return accepted;
	}

	int rejectedSteps() {
		return rejected;
	}

	private String worstVolume() {
		return n == 0 ? "" : eq.network().volumes().get(0).name();
	}

	@Override
	public int dimension() {
		return ng * n + ng * nk;
	}

	private void unpack(double[] y) {
		for (int g = 0; g < ng; g++) {
			System.arraycopy(y, g * n, p[g], 0, n);
			System.arraycopy(y, ng * n + g * nk, captured[g], 0, nk);
		}
	}

	/** Evaluates conductances, speeds and floors at (t, y) unless they are cached for that state. */
	private void coefficients(double t, double[] y) {
		if (cacheValid && t == cachedT && Arrays.equals(y, cachedY)) {
			return;
		}
		unpack(y);
		eq.totals(p, total);
		eq.conductances(total, open, c);
		eq.pumping(total, running, captured, s, floor);
		System.arraycopy(y, 0, cachedY, 0, y.length);
		cachedT = t;
		cacheValid = true;
	}

	@Override
	public void derivative(double t, double[] y, double[] dydt) {
		coefficients(t, y);
		unpack(y);
		eq.loads(Math.max(t, 1e-9), q);
		for (int g = 0; g < ng; g++) {
			double[] pg = p[g];
			double[] cg = c[g];
			int base = g * n;
			for (int i = 0; i < n; i++) {
				dydt[base + i] = q[g][i];
			}
			for (int e = 0; e < ne; e++) {
				double flow = cg[e] * (pg[eq.edgeFrom(e)] - pg[eq.edgeTo(e)]);
				dydt[base + eq.edgeFrom(e)] -= flow;
				dydt[base + eq.edgeTo(e)] += flow;
			}
			for (int k = 0; k < nk; k++) {
				int i = eq.pumpVolume(k);
				double pumped = pumpThroughput(g, k, pg[i]);
				dydt[base + i] -= pumped;
				dydt[ng * n + g * nk + k] = captures[k] ? pumped * Cryopump.CAPACITY_TEMPERATURE / eq.temperature(i) : 0.0;
			}
			for (int i = 0; i < n; i++) {
				dydt[base + i] /= eq.volume(i);
			}
		}
	}

	/** Net throughput into pump k of gas g at partial pressure pg, Pa m3/s. */
	private double pumpThroughput(int g, int k, double pg) {
		double flow = s[g][k] * (pg - floor[g][k]);
		if (flow < 0 && captured[g][k] <= 0) {
			return 0.0; // nothing condensed that could evaporate
		}
		return flow;
	}

	@Override
	public boolean prepare(double t, double[] y, double gammaH) {
		coefficients(t, y);
		for (int g = 0; g < ng; g++) {
			DenseCholesky ch = cholesky[g];
			ch.clear();
			double[][] a = ch.matrix();
			for (int i = 0; i < n; i++) {
				a[i][i] = eq.volume(i);
			}
			for (int e = 0; e < ne; e++) {
				double w = gammaH * c[g][e];
				int i = eq.edgeFrom(e);
				int j = eq.edgeTo(e);
				a[i][i] += w;
				a[j][j] += w;
				if (i > j) {
					a[i][j] -= w;
				} else {
					a[j][i] -= w;
				}
			}
			for (int k = 0; k < nk; k++) {
				a[eq.pumpVolume(k)][eq.pumpVolume(k)] += gammaH * s[g][k];
			}
			if (!ch.factor()) {
				return false;
			}
		}
		return true;
	}

	@Override
	public void solve(double[] r) {
		for (int g = 0; g < ng; g++) {
			int base = g * n;
			for (int i = 0; i < n; i++) {
				block[i] = eq.volume(i) * r[base + i];
			}
			cholesky[g].solve(block);
			System.arraycopy(block, 0, r, base, n);
		}
	}

	@Override
	public void project(double[] y) {
		for (int i = 0; i < y.length; i++) {
			if (y[i] < 0) {
				y[i] = 0;
			}
		}
	}

	// ---- schedules

	private double totalAt(double[] y, int volume) {
		double sum = 0;
		for (int g = 0; g < ng; g++) {
			sum += Math.max(0, y[g * n + volume]);
		}
		return sum;
	}

	private boolean fires(Trigger trigger, double t, double[] y) {
		return switch (trigger) {
			case Trigger.AtStart a -> true;
			case Trigger.AtTime at -> t >= at.time() - 1e-9 * Math.max(1, at.time());
			case Trigger.WhenBelow wb -> totalAt(y, eq.network().volumeIndex().get(wb.volume())) <= wb.pressure() * (1 + 1e-6);
			case Trigger.Never nv -> false;
		};
	}

	/** Applies every trigger that fires at (t, y); records the switches. */
	void applySwitches(double t, double[] y) {
		boolean changed = false;
		for (int k = 0; k < nk; k++) {
			String name = eq.network().pumps().get(k).name();
			if (!pumpStarted[k] && fires(pumpSchedule[k].on(), t, y)) {
				pumpStarted[k] = true;
				changed = true;
				switches.add(new Switch(t, name, "started"));
			}
			if (pumpStarted[k] && !pumpStopped[k] && !(pumpSchedule[k].off() instanceof Trigger.AtStart)
					&& fires(pumpSchedule[k].off(), t, y)) {
				pumpStopped[k] = true;
				changed = true;
				switches.add(new Switch(t, name, "stopped"));
			}
			running[k] = pumpStarted[k] && !pumpStopped[k];
		}
		for (int e = 0; e < ne; e++) {
			Connection conn = eq.network().connections().get(e);
			if (!valveOpened[e] && fires(valveSchedule[e].on(), t, y)) {
				valveOpened[e] = true;
				changed = true;
				if (!valveSchedule[e].isAlways()) {
					switches.add(new Switch(t, conn.name(), "opened"));
				}
			}
			if (valveOpened[e] && !valveClosed[e] && !(valveSchedule[e].off() instanceof Trigger.AtStart)
					&& fires(valveSchedule[e].off(), t, y)) {
				valveClosed[e] = true;
				changed = true;
				switches.add(new Switch(t, conn.name(), "closed"));
			}
			open[e] = valveOpened[e] && !valveClosed[e];
		}
		if (changed) {
			cacheValid = false;
		}
	}

	@Override
	public double locate(double t0, double[] y0, double t1, double[] y1) {
		double earliest = t1;
		for (int k = 0; k < nk; k++) {
			if (!pumpStarted[k]) {
				earliest = Math.min(earliest, crossing(pumpSchedule[k].on(), t0, y0, t1, y1));
			} else if (!pumpStopped[k]) {
				earliest = Math.min(earliest, crossing(pumpSchedule[k].off(), t0, y0, t1, y1));
			}
		}
		for (int e = 0; e < ne; e++) {
			if (!valveOpened[e]) {
				earliest = Math.min(earliest, crossing(valveSchedule[e].on(), t0, y0, t1, y1));
			} else if (!valveClosed[e]) {
				earliest = Math.min(earliest, crossing(valveSchedule[e].off(), t0, y0, t1, y1));
			}
		}
		return earliest;
	}

	/** Time at which a pressure trigger is crossed inside [t0, t1] (log-linear), or t1. */
	private double crossing(Trigger trigger, double t0, double[] y0, double t1, double[] y1) {
		if (!(trigger instanceof Trigger.WhenBelow wb)) {
			return t1;
		}
		int i = eq.network().volumeIndex().get(wb.volume());
		double p0 = totalAt(y0, i);
		double p1 = totalAt(y1, i);
		double target = wb.pressure();
		if (p1 > target || p0 <= target) {
			return t1;
		}
		double frac = p1 > 0 ? Math.log(p0 / target) / Math.log(p0 / p1) : (p0 - target) / (p0 - p1);
		return t0 + Math.max(0, Math.min(1, frac)) * (t1 - t0);
	}

	@Override
	public void fire(double t, double[] y) {
		applySwitches(t, y);
	}

	@Override
	public void step(double t, double[] y, double[] dydt) {
		applySwitches(t, y); // a trigger met exactly at a step end fires here
		times.add(t);
		states.add(y.clone());
		rates.add(dydt.clone());
		if (t > 0) {
			progress.at(Math.log1p(t) / Math.log1p(end));
		}
	}

	// ---- results

	List<Switch> switches() {
		return switches;
	}

	/** @return recorded times, s */
	double[] times() {
		return times.stream().mapToDouble(Double::doubleValue).toArray();
	}

	/** @return recorded partial pressure of gas g in volume i, Pa */
	double[] partial(int g, int i) {
		double[] out = new double[states.size()];
		for (int j = 0; j < out.length; j++) {
			out[j] = states.get(j)[g * n + i];
		}
		return out;
	}

	/** @return recorded total pressure of volume i, Pa */
	double[] total(int i) {
		double[] out = new double[states.size()];
		for (int j = 0; j < out.length; j++) {
			out[j] = totalAt(states.get(j), i);
		}
		return out;
	}

	/**
	 * Partial pressure of gas g in volume i at the given times, by cubic Hermite interpolation
	 * between the integrator's steps (values and derivatives), in log p where the pressure is
	 * positive at both ends of the step (exact for exponential decay), in p otherwise.
	 *
	 * @return Pa
	 */
	double[] partialAt(int g, int i, double[] at) {
		int component = g * n + i;
		double[] out = new double[at.length];
		int m = times.size();
		int j = 0;
		for (int a = 0; a < at.length; a++) {
			double x = at[a];
			while (j < m - 2 && times.get(j + 1) < x) {
				j++;
			}
			if (x <= times.get(0)) {
				out[a] = states.get(0)[component];
				continue;
			}
			if (x >= times.get(m - 1)) {
				out[a] = states.get(m - 1)[component];
				continue;
			}
			double t0 = times.get(j);
			double t1 = times.get(j + 1);
			double h = t1 - t0;
			double y0 = states.get(j)[component];
			double y1 = states.get(j + 1)[component];
			double d0 = rates.get(j)[component];
			double d1 = rates.get(j + 1)[component];
			double sFrac = h > 0 ? (x - t0) / h : 1.0;
			if (y0 > 0 && y1 > 0) {
				double l0 = Math.log(y0);
				double l1 = Math.log(y1);
				double m0 = d0 / y0 * h;
				double m1 = d1 / y1 * h;
				// near a vanishing partial pressure the log slopes blow up: interpolate log-linearly there,
				// and never let the cubic leave the band of its end values by more than a decade
				double lg = Math.abs(m0) > 50 || Math.abs(m1) > 50 ? l0 + sFrac * (l1 - l0) : hermite(l0, l1, m0, m1, sFrac);
				double band = Math.log(10);
				lg = Math.max(Math.min(l0, l1) - band, Math.min(Math.max(l0, l1) + band, lg));
				out[a] = Math.exp(lg);
			} else {
				out[a] = Math.max(0, hermite(y0, y1, d0 * h, d1 * h, sFrac));
			}
		}
		return out;
	}

	/** @return total pressure of volume i at the given times, Pa */
	double[] totalAt(int i, double[] at) {
		double[] sum = new double[at.length];
		for (int g = 0; g < ng; g++) {
			double[] pg = partialAt(g, i, at);
			for (int a = 0; a < at.length; a++) {
				sum[a] += pg[a];
			}
		}
		return sum;
	}

	private static double hermite(double y0, double y1, double m0, double m1, double s) {
		double s2 = s * s;
		double s3 = s2 * s;
		return (2 * s3 - 3 * s2 + 1) * y0 + (s3 - 2 * s2 + s) * m0 + (-2 * s3 + 3 * s2) * y1 + (s3 - s2) * m1;
	}

	/** @return recorded quantity of gas g captured by pump k, Pa m3 at 273.15 K */
	double[] captured(int g, int k) {
		double[] out = new double[states.size()];
		for (int j = 0; j < out.length; j++) {
			out[j] = states.get(j)[ng * n + g * nk + k];
		}
		return out;
	}
}
