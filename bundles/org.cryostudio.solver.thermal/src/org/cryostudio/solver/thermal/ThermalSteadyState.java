package org.cryostudio.solver.thermal;

import org.cryostudio.analysis.numeric.SparseSymmetricSystem;
import org.cryostudio.analysis.solver.SolverException;
import org.cryostudio.analysis.thermal.CapacityCurve;

/**
 * Steady temperatures of the floating nodes of a thermal network. Each link is replaced by its
 * secant conductance G = Q(Ta, Tb) / (Ta - Tb) (its derivative when Ta = Tb) and each cooler by
 * its capacity linearised at the present temperature; the resulting weighted-Laplacian system is
 * symmetric positive definite and is solved by Jacobi-preconditioned conjugate gradients
 * ({@link SparseSymmetricSystem}). Repeating with updated temperatures (Picard iteration) converges
 * for the monotone heat paths of cryostats (radiation, k(T) conduction, gas conduction), to
 * max |dT|/T &lt; 1e-10. A floating group with no path to a held node or a cooler has no steady
 * state and is reported as such.
 */
final class ThermalSteadyState {

	/** Largest number of Picard iterations. */
	static final int MAX_ITERATIONS = 500;

	private ThermalSteadyState() {
	}

	/**
	 * @param eq      the network
	 * @param initial starting temperatures (held nodes at their value), K; overwritten by the solution
	 * @return the number of iterations used
	 */
	static int solve(ThermalEquations eq, double[] t) {
		int n = eq.n;
		for (int i = 0; i < n; i++) {
			if (eq.held[i]) {
				t[i] = eq.heldTemperature[i];
			}
		}
		checkAnchored(eq);
		int[] a = eq.linkA.clone();
		int[] b = eq.linkB.clone();
		SparseSymmetricSystem system = new SparseSymmetricSystem(n, a, b);
		double[] rhs = new double[n];
		double[] next = new double[n];
		for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
			double[] w = system.weights();
			double[] d = system.diagonal();
			java.util.Arrays.fill(d, 0.0);
			for (int i = 0; i < n; i++) {
				rhs[i] = eq.fixedLoad[i];
			}
			for (int e = 0; e < w.length; e++) {
				double ta = t[a[e]];
				double tb = t[b[e]];
				double dt = ta - tb;
				double g;
				if (Math.abs(dt) > 1e-9 * Math.max(ta, tb)) {
					g = eq.linkFlow(e, t) / dt;
				} else {
					double h = 1e-6 * Math.max(ta, 1e-3);
					double[] probe = t.clone();
					probe[a[e]] = ta + h;
					g = (eq.linkFlow(e, probe) - eq.linkFlow(e, t)) / h;
				}
				w[e] = Math.max(g, 0.0);
			}
			for (int i = 0; i < n; i++) {
				if (eq.held[i]) {
					continue; // pinned below
				}
				if (eq.cooler[i] != null && eq.cooler[i].capacity() != null) {
					CapacityCurve map = eq.cooler[i].capacity();
					double q = map.at(t[i]);
					// local slope; where the map is flat (above its last point) the secant from its
					// coldest point, so that the linearisation always pulls towards the map
					double slope = map.slope(t[i]);
					if (t[i] > map.minTemperature()) {
						slope = Math.max(slope, (q - map.at(map.minTemperature())) / (t[i] - map.minTemperature()));
					}
					slope = Math.max(slope, 1e-9);
					d[i] += slope;
					rhs[i] += slope * t[i] - q;
				}
			}
			// Dirichlet nodes: a diagonal far above every conductance pins them (Jacobi scaling keeps CG well conditioned)
			double maxW = 1e-30;
			for (double x : w) {
				maxW = Math.max(maxW, x);
			}
			for (int i = 0; i < n; i++) {
				if (eq.held[i]) {
					d[i] = 1e9 * maxW;
					rhs[i] = d[i] * eq.heldTemperature[i];
				}
			}
			System.arraycopy(t, 0, next, 0, n);
			if (!system.solve(rhs, next, 1e-13, 20 * n + 100)) {
				throw new SolverException(eq.network.nodes().get(0).name(),
						"heat balance: the linear solver did not converge (conductances spanning too many decades?)");
			}
			double change = 0;
			int worst = 0;
			for (int i = 0; i < n; i++) {
				if (eq.held[i]) {
					next[i] = eq.heldTemperature[i];
				}
				if (!(next[i] > 0) || !Double.isFinite(next[i])) {
					// a floating node driven below 0 K: damp towards a small positive value
					next[i] = Math.max(0.5 * t[i], 1e-3);
				}
				double c = Math.abs(next[i] - t[i]) / t[i];
				if (c > change) {
					change = c;
					worst = i;
				}
			}
			// under-relaxation once the first passes have set the scale
			double relax = iteration < 3 ? 1.0 : 0.8;
			for (int i = 0; i < n; i++) {
				t[i] = t[i] + relax * (next[i] - t[i]);
			}
			if (change < 1e-10) {
				return iteration;
			}
			if (iteration == MAX_ITERATIONS) {
				throw new SolverException(eq.network.nodes().get(worst).name(), "steady temperature did not converge in "
						+ MAX_ITERATIONS + " iterations (last relative change " + change + ")");
			}
		}
		return MAX_ITERATIONS;
	}

	/** Every floating node must reach a held node or a cooler through links. */
	private static void checkAnchored(ThermalEquations eq) {
		int n = eq.n;
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
		}
		for (int e = 0; e < eq.linkA.length; e++) {
			parent[find(parent, eq.linkA[e])] = find(parent, eq.linkB[e]);
		}
		boolean[] anchored = new boolean[n];
		for (int i = 0; i < n; i++) {
			if (eq.held[i] || eq.cooler[i] != null && eq.cooler[i].capacity() != null) {
				anchored[find(parent, i)] = true;
			}
		}
		for (int i = 0; i < n; i++) {
			if (!anchored[find(parent, i)]) {
				throw new SolverException(eq.network.nodes().get(i).name(),
						"floats with no path to a held temperature or a cooler: no steady state");
			}
		}
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}
}
