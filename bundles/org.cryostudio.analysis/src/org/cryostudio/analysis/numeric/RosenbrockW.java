package org.cryostudio.analysis.numeric;

import java.util.Arrays;

import org.cryostudio.analysis.solver.SolverMonitor;

/**
 * The modified Rosenbrock pair of order 2(3) of Shampine and Reichelt (MATLAB's ode23s:
 * L. F. Shampine, M. W. Reichelt, "The MATLAB ODE Suite", <i>SIAM J. Sci. Comput.</i> 18 (1997) 1,
 * sec. 3.1), a W-method, with d = 1/(2 + sqrt 2), W = I - h d J:
 * <pre>
 *   F0 = f(t, y),  T = df/dt (finite difference)
 *   k1 = W^-1 (F0 + h d T)
 *   F1 = f(t + h/2, y + h/2 k1)
 *   k2 = W^-1 (F1 - k1) + k1
 *   y+ = y + h k2                                           (second order, L-stable)
 *   F2 = f(t + h, y+)                                       (first evaluation of the next step)
 *   k3 = W^-1 (F2 - (6 + sqrt 2)(k2 - F1) - 2 (k1 - F0) + h d T)
 *   error = h/6 (k1 - 2 k2 + k3)                            (third-order based estimate)
 * </pre>
 * One factorisation and three solves per step. Unlike the classic ROS2 estimate y + h k1, this
 * estimate stays small on stiff components that follow a slowly varying quasi-steady state, so the
 * step grows with the slow time scale (pump-down over 1e6 s in a few hundred steps). The error is
 * measured per component as |e| / (atol_i + rtol max(|y|, |y+|)) in the RMS norm; steps change by
 * 0.8 err^(-1/3) within [0.2, 5].
 *
 * <p>The integration stops exactly at breakpoints (switch times of sources and schedules), and an
 * {@link Events} callback can locate state events inside a step (a pressure crossing a trigger):
 * the step is redone up to the event time, then the callback changes the system.
 */
public final class RosenbrockW {

	/** Receives accepted steps and locates state events. */
	public interface Events {

		/**
		 * @return the time in (t0, t1] at which an event occurs inside this accepted step, or t1
		 *         when none does
		 */
		default double locate(double t0, double[] y0, double t1, double[] y1) {
			return t1;
		}

		/** Called after an accepted step that ended at an event located by {@link #locate}. */
		default void fire(double t, double[] y) {
		}

		/**
		 * Called for every accepted step (output, progress) and once at the start.
		 *
		 * @param y    state at t
		 * @param dydt f(t, y), for Hermite interpolation between steps
		 */
		void step(double t, double[] y, double[] dydt);
	}

	private static final double D = 1.0 / (2.0 + Math.sqrt(2.0));
	private static final double E32 = 6.0 + Math.sqrt(2.0);

	private final double relativeTolerance;
	private final double[] absoluteTolerance;
	private double initialStep = 1e-6;
	private double maxStep = Double.POSITIVE_INFINITY;
	private int maxSteps = 1_000_000;
	private int accepted;
	private int rejected;

	/**
	 * @param relativeTolerance e.g. 1e-3
	 * @param absoluteTolerance per component, in the unit of y
	 */
	public RosenbrockW(double relativeTolerance, double[] absoluteTolerance) {
		this.relativeTolerance = relativeTolerance;
		this.absoluteTolerance = absoluteTolerance.clone();
	}

	public RosenbrockW initialStep(double h) {
		this.initialStep = h;
		return this;
	}

	public RosenbrockW maxStep(double h) {
		this.maxStep = h;
		return this;
	}

	public RosenbrockW maxSteps(int n) {
		this.maxSteps = n;
		return this;
	}

	/**
	 * Integrates from t0 to tEnd.
	 *
	 * @param system      the ODE
	 * @param t0          start time
	 * @param y           state at t0, overwritten by the state at tEnd
	 * @param tEnd        end time
	 * @param breakpoints sorted times the integration must stop at (discontinuities)
	 * @param events      step output and state events
	 * @param monitor     cancellation (checked every step)
	 * @throws IllegalStateException when the step size underflows or the step budget is spent
	 */
	public void integrate(StiffSystem system, double t0, double[] y, double tEnd, double[] breakpoints, Events events,
			SolverMonitor monitor) {
		int n = system.dimension();
		double[] f0 = new double[n];
		double[] f1 = new double[n];
		double[] f2 = new double[n];
		double[] dfdt = new double[n];
		double[] k1 = new double[n];
		double[] k2 = new double[n];
		double[] k3 = new double[n];
		double[] yStage = new double[n];
		double[] yNew = new double[n];
		double t = t0;
		double h = Math.min(initialStep, tEnd - t0);
		int nextBreak = 0;
		while (nextBreak < breakpoints.length && breakpoints[nextBreak] <= t0) {
			nextBreak++;
		}
		system.derivative(t, y, f0);
		boolean f0Valid = true;
		events.step(t, y, f0);
		double eventTarget = Double.NaN;
		while (t < tEnd) {
			monitor.checkCancelled();
			if (accepted + rejected > maxSteps) {
				throw new IllegalStateException("more than " + maxSteps + " steps at t = " + t);
			}
			double limit = nextBreak < breakpoints.length ? Math.min(breakpoints[nextBreak], tEnd) : tEnd;
			boolean toLimit = false;
			h = Math.min(h, maxStep);
			if (!Double.isNaN(eventTarget)) {
				h = eventTarget - t;
			}
			if (t + 1.01 * h >= limit) {
				h = limit - t;
				toLimit = true;
			}
			if (!(h > Math.ulp(t) * 4)) {
				if (toLimit) {
					t = limit;
					nextBreak++;
					f0Valid = false;
					continue;
				}
				throw new IllegalStateException("step size underflow at t = " + t);
			}
			if (!f0Valid) {
				system.derivative(t, y, f0);
				f0Valid = true;
			}
			// df/dt by a forward difference (sources depend on time)
			double delta = Math.max(1e-7 * Math.abs(t), 1e-7 * h);
			system.derivative(t + delta, y, dfdt);
			for (int i = 0; i < n; i++) {
				dfdt[i] = (dfdt[i] - f0[i]) / delta;
			}
			if (!system.prepare(t, y, D * h)) {
				h *= 0.25;
				rejected++;
				continue;
			}
			for (int i = 0; i < n; i++) {
				k1[i] = f0[i] + h * D * dfdt[i];
			}
			system.solve(k1);
			for (int i = 0; i < n; i++) {
				yStage[i] = y[i] + 0.5 * h * k1[i];
			}
			system.derivative(t + 0.5 * h, yStage, f1);
			for (int i = 0; i < n; i++) {
				k2[i] = f1[i] - k1[i];
			}
			system.solve(k2);
			boolean finite = true;
			for (int i = 0; i < n; i++) {
				k2[i] += k1[i];
				yNew[i] = y[i] + h * k2[i];
				finite &= Double.isFinite(yNew[i]);
			}
			double tNew = toLimit ? limit : t + h;
			double err = Double.POSITIVE_INFINITY;
			if (finite) {
				system.project(yNew);
				system.derivative(tNew, yNew, f2);
				for (int i = 0; i < n; i++) {
					k3[i] = f2[i] - E32 * (k2[i] - f1[i]) - 2.0 * (k1[i] - f0[i]) + h * D * dfdt[i];
				}
				system.solve(k3);
				err = 0;
				for (int i = 0; i < n; i++) {
					double e = h / 6.0 * (k1[i] - 2.0 * k2[i] + k3[i]);
					double scale = absoluteTolerance[i] + relativeTolerance * Math.max(Math.abs(y[i]), Math.abs(yNew[i]));
					double r = e / scale;
					err += r * r;
				}
				err = Math.sqrt(err / n);
			}
			if (!(err <= 1.0)) {
				rejected++;
				h *= Double.isFinite(err) ? Math.max(0.2, 0.8 * Math.cbrt(1.0 / err)) : 0.1;
				eventTarget = Double.NaN;
				continue;
			}
			double tEvent = events.locate(t, y, tNew, yNew);
			if (tEvent < tNew - 1e-9 * Math.max(1.0, Math.abs(tNew)) && tEvent > t) {
				// redo the step so that it ends at the event (counted, so that it cannot loop forever)
				eventTarget = tEvent;
				rejected++;
				continue;
			}
			boolean atEvent = !Double.isNaN(eventTarget) || tEvent < tNew;
			eventTarget = Double.NaN;
			accepted++;
			System.arraycopy(yNew, 0, y, 0, n);
			System.arraycopy(f2, 0, f0, 0, n);
			t = tNew;
			if (toLimit && nextBreak < breakpoints.length && t >= breakpoints[nextBreak]) {
				nextBreak++;
			}
			events.step(t, y, f0);
			double grow = Math.min(5.0, Math.max(0.2, 0.8 * Math.cbrt(1.0 / Math.max(err, 1e-12))));
			if (atEvent || toLimit && t < tEnd) {
				events.fire(t, y);
				f0Valid = false; // the system may have switched
				// a switch changes the dynamics: restart cautiously
				h = Math.max(h * 1e-3, initialStep);
			} else {
				h *= grow;
			}
		}
	}

	/** @return accepted steps of the last integration */
	public int acceptedSteps() {
		return accepted;
	}

	/** @return rejected steps of the last integration */
	public int rejectedSteps() {
		return rejected;
	}

	/** @return a tolerance vector of one value */
	public static double[] uniform(int n, double value) {
		double[] a = new double[n];
		Arrays.fill(a, value);
		return a;
	}
}
