package org.cryostudio.solver.thermal;

import java.util.ArrayList;
import java.util.List;

import org.cryostudio.analysis.numeric.RosenbrockW;
import org.cryostudio.analysis.numeric.StiffSystem;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.LUDecomposition;

/**
 * Cooldown of a thermal network as a stiff ODE in the temperatures of the floating nodes:
 * C_i(T_i) dT_i/dt = sum of link flows in + fixed loads - cooler capacity(T_i), with heat
 * capacities from the material library (c_p(T) falls by orders of magnitude towards 4 K, which
 * makes the cold end stiff). Floating nodes without mass follow quasi-statically (they get
 * {@value #MASSLESS_CAPACITY} J/K). Integrated by {@link RosenbrockW} with a finite-difference
 * Jacobian, LU-factorised by Hipparchus.
 */
final class CooldownTransient implements StiffSystem, RosenbrockW.Events {

	/** Heat capacity given to floating nodes without mass, J/K. */
	static final double MASSLESS_CAPACITY = 1e-3;

	private final ThermalEquations eq;
	private final int[] unknown;
	private final double[] t;
	private final double[] net;
	private DecompositionSolver lu;
	final List<Double> times = new ArrayList<>();
	final List<double[]> temperatures = new ArrayList<>();
	private final ProgressSink progress;
	private final double end;

	interface ProgressSink {
		void at(double fraction);
	}

	CooldownTransient(ThermalEquations eq, double end, ProgressSink progress) {
		this.eq = eq;
		this.end = end;
		this.progress = progress;
		List<Integer> free = new ArrayList<>();
		for (int i = 0; i < eq.n; i++) {
			if (!eq.held[i]) {
				free.add(i);
			}
		}
		unknown = free.stream().mapToInt(Integer::intValue).toArray();
		t = new double[eq.n];
		for (int i = 0; i < eq.n; i++) {
			t[i] = eq.held[i] ? eq.heldTemperature[i] : eq.network.nodes().get(i).initialTemperature();
		}
		net = new double[eq.n];
	}

	double[] initialState() {
		double[] y = new double[unknown.length];
		for (int k = 0; k < y.length; k++) {
			y[k] = t[unknown[k]];
		}
		return y;
	}

	int[] unknowns() {
		return unknown;
	}

	@Override
	public int dimension() {
		return unknown.length;
	}

	private double capacity(int i, double temperature) {
		double c = eq.network.nodes().get(i).heatCapacity(temperature);
		return c > 0 ? c : MASSLESS_CAPACITY;
	}

	@Override
	public void derivative(double time, double[] y, double[] dydt) {
		for (int k = 0; k < y.length; k++) {
			t[unknown[k]] = Math.max(y[k], 1e-3);
		}
		eq.balance(t, net);
		for (int k = 0; k < y.length; k++) {
			int i = unknown[k];
			dydt[k] = net[i] / capacity(i, t[i]);
		}
	}

	@Override
	public boolean prepare(double time, double[] y, double gammaH) {
		int m = y.length;
		double[] f0 = new double[m];
		derivative(time, y, f0);
		double[][] w = new double[m][m];
		double[] probe = y.clone();
		double[] f1 = new double[m];
		for (int c = 0; c < m; c++) {
			double h = 1e-6 * Math.max(Math.abs(y[c]), 1.0);
			probe[c] = y[c] + h;
			derivative(time, probe, f1);
			probe[c] = y[c];
			for (int r = 0; r < m; r++) {
				w[r][c] = -gammaH * (f1[r] - f0[r]) / h;
			}
			w[c][c] += 1.0;
		}
		try {
			lu = new LUDecomposition(new Array2DRowRealMatrix(w, false)).getSolver();
			return lu.isNonSingular();
		} catch (RuntimeException e) {
			return false;
		}
	}

	@Override
	public void solve(double[] r) {
		double[] x = lu.solve(new ArrayRealVector(r, false)).toArray();
		System.arraycopy(x, 0, r, 0, r.length);
	}

	@Override
	public void project(double[] y) {
		for (int k = 0; k < y.length; k++) {
			if (y[k] < 1e-3) {
				y[k] = 1e-3;
			}
		}
	}

	@Override
	public void step(double time, double[] y, double[] dydt) {
		times.add(time);
		double[] all = new double[eq.n];
		for (int i = 0; i < eq.n; i++) {
			all[i] = eq.held[i] ? eq.heldTemperature[i] : 0;
		}
		for (int k = 0; k < y.length; k++) {
			all[unknown[k]] = y[k];
		}
		temperatures.add(all);
		progress.at(time / end);
	}

	/** @return recorded temperature of node i, K */
	double[] temperature(int i) {
		double[] out = new double[temperatures.size()];
		for (int j = 0; j < out.length; j++) {
			out[j] = temperatures.get(j)[i];
		}
		return out;
	}

	double[] times() {
		return times.stream().mapToDouble(Double::doubleValue).toArray();
	}
}
