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
		// maximum principle: with positive conductances and non-negative loads no floating node ends
		// colder than the coldest held node or cooler map; an iterate below half of that is pulled
		// back there, so that k(T) fits are never evaluated far outside their range
		double coldest = Double.POSITIVE_INFINITY;
		for (int i = 0; i < n; i++) {
			if (eq.held[i]) {
				coldest = Math.min(coldest, eq.heldTemperature[i]);
			}
			if (eq.cooler[i] != null && eq.cooler[i].capacity() != null) {
				coldest = Math.min(coldest, eq.cooler[i].capacity().minTemperature());
			}
		}
		double floor = Double.isFinite(coldest) ? 0.5 * coldest : 1e-3;
		double relax = 1.0;
		double previousChange = Double.POSITIVE_INFINITY;
		for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
			if (iteration == 3) {
				relax = 0.8;
			}
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
				g = Math.max(g, 0.0);
				// a link to a held node is eliminated into the floating end's row (exact Dirichlet
				// condition; a penalty diagonal would swamp the residual of weakly linked nodes)
				if (eq.held[a[e]] || eq.held[b[e]]) {
					w[e] = 0.0;
					if (!eq.held[a[e]]) {
						d[a[e]] += g;
						rhs[a[e]] += g * eq.heldTemperature[b[e]];
					} else if (!eq.held[b[e]]) {
						d[b[e]] += g;
						rhs[b[e]] += g * eq.heldTemperature[a[e]];
					}
				} else {
					w[e] = g;
				}
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
			// held nodes are decoupled above: their rows read T = T_held
			for (int i = 0; i < n; i++) {
				if (eq.held[i]) {
					d[i] = 1.0;
					rhs[i] = eq.heldTemperature[i];
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
				if (!(next[i] >= floor) || !Double.isFinite(next[i])) {
					// an iterate driven below the coldest sink: damp towards it
					next[i] = Math.max(0.5 * t[i], floor);
				}
				double c = Math.abs(next[i] - t[i]) / t[i];
				if (c > change) {
					change = c;
					worst = i;
				}
			}
			// under-relaxation once the first passes have set the scale. The secant iteration of a node
			// that radiates to a much colder one has the factor 1 - relax (1 + 3 (T - Tc)/T) (G ~ T^3),
			// so it can oscillate: halve the relaxation whenever the change grows
			if (iteration >= 3 && change > 0.9 * previousChange) {
				relax = Math.max(0.02, relax * 0.5);
			} else if (iteration >= 3 && change < 0.3 * previousChange) {
				relax = Math.min(0.8, relax * 1.25);
			}
			previousChange = change;
			for (int i = 0; i < n; i++) {
				t[i] = t[i] + relax * (next[i] - t[i]);
			}
			if (change < 1e-10) {
				return iteration;
			}
			if (iteration == MAX_ITERATIONS) {
				throw new SolverException(eq.network.nodes().get(worst).name(), "steady temperature did not converge in "
						+ MAX_ITERATIONS + " iterations (last relative change " + change + ", between " + t[worst] + " K and "
						+ next[worst] + " K)");
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
