package org.cryostudio.analysis.vacuum;

import org.cryostudio.analysis.numeric.DenseCholesky;
import org.cryostudio.analysis.solver.SolverException;

/**
 * Steady state of a vacuum network at time t (sources at their rates at t): per gas the linear
 * balance (L_g + S_g) p_g = Q_g + S_g p_floor, with L_g the conductance Laplacian and S_g the
 * pump speeds on the diagonal, solved by Cholesky. Conductances and speeds depend on the total
 * pressure (regime, pump curves), so the solve is repeated with updated totals until they change
 * by less than 1e-9 relative (fixed-point iteration, under-relaxed in log p when it oscillates).
 * A capture pump whose vapour-pressure floor lies above the pressure the network would reach
 * without it cannot condense that gas: its speed for the gas is set to zero and the gas is
 * solved again. A gas that is released where no running pump can remove it has no steady state:
 * that is reported as a {@link SolverException} naming the volume.
 */
public final class SteadyFlowSolver {

	/** Largest number of regime iterations. */
	public static final int MAX_ITERATIONS = 200;

	/**
	 * A converged steady state.
	 *
	 * @param pressure       p[g][i], Pa
	 * @param total          total pressure per volume, Pa
	 * @param conductance    c[g][e], m3/s
	 * @param speed          effective pump speeds s[g][k] at their volumes, m3/s (0 where a floor stops a pump)
	 * @param floor          floor[g][k], Pa
	 * @param load           q[g][i], Pa m3/s
	 * @param iterations     regime iterations used
	 */
	public record Solution(double[][] pressure, double[] total, double[][] conductance, double[][] speed,
			double[][] floor, double[][] load, int iterations) {

		/** @return throughput of connection e for gas g, from its first to its second volume, Pa m3/s */
		public double connectionThroughput(VacuumEquations eq, int g, int e) {
			return conductance[g][e] * (pressure[g][eq.edgeFrom(e)] - pressure[g][eq.edgeTo(e)]);
		}

		/** @return throughput into pump k for gas g, Pa m3/s */
		public double pumpThroughput(VacuumEquations eq, int g, int k) {
			return speed[g][k] * (pressure[g][eq.pumpVolume(k)] - floor[g][k]);
		}
	}

	private SteadyFlowSolver() {
	}

	/**
	 * @param eq       the network equations
	 * @param t        time at which sources are evaluated, s
	 * @param open     open state per connection
	 * @param running  run state per pump
	 * @param captured captured[g][k], Pa m3 at 273.15 K (pump saturation)
	 */
	public static Solution solve(VacuumEquations eq, double t, boolean[] open, boolean[] running, double[][] captured) {
		int ng = eq.gasCount();
		int n = eq.volumeCount();
		int ne = eq.connectionCount();
		int nk = eq.pumpCount();
		double[][] q = new double[ng][n];
		eq.loads(t, q);
		double[][] p = new double[ng][n];
		double[] total = new double[n];
		java.util.Arrays.fill(total, 1e-6);
		double[][] c = new double[ng][ne];
		double[][] s = new double[ng][nk];
		double[][] floor = new double[ng][nk];
		boolean[][] blocked = new boolean[ng][nk];
		DenseCholesky cholesky = new DenseCholesky(n);
		double[] previous = new double[n];
		double relaxation = 1.0;
		double lastChange = Double.POSITIVE_INFINITY;
		for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
			eq.conductances(total, open, c);
			eq.pumping(total, running, captured, s, floor);
			for (int g = 0; g < ng; g++) {
				for (int k = 0; k < nk; k++) {
					if (blocked[g][k]) {
						s[g][k] = 0;
						floor[g][k] = 0;
					}
				}
				solveGas(eq, g, q[g], c[g], s[g], floor[g], open, cholesky, p[g]);
				// a floor above the reached pressure: the gas cannot condense on that pump
				boolean changed = false;
				for (int k = 0; k < nk; k++) {
					if (!blocked[g][k] && floor[g][k] > 0 && s[g][k] > 0 && p[g][eq.pumpVolume(k)] < floor[g][k]) {
						blocked[g][k] = true;
						s[g][k] = 0;
						floor[g][k] = 0;
						changed = true;
					}
				}
				if (changed) {
					solveGas(eq, g, q[g], c[g], s[g], floor[g], open, cholesky, p[g]);
				}
			}
			System.arraycopy(total, 0, previous, 0, n);
			eq.totals(p, total);
			double change = 0;
			for (int i = 0; i < n; i++) {
				double a = Math.max(previous[i], 1e-300);
				double b = Math.max(total[i], 1e-300);
				change = Math.max(change, Math.abs(Math.log(b / a)));
			}
			if (change < 1e-9 || total.length == 0) {
				return new Solution(p, total, c, s, floor, q, iteration);
			}
			if (change > 0.9 * lastChange) {
				relaxation = Math.max(0.1, relaxation * 0.5);
			}
			lastChange = change;
			if (relaxation < 1.0) {
				for (int i = 0; i < n; i++) {
					double a = Math.max(previous[i], 1e-300);
					double b = Math.max(total[i], 1e-300);
					total[i] = Math.exp((1 - relaxation) * Math.log(a) + relaxation * Math.log(b));
				}
			}
		}
		throw new SolverException(eq.network().volumes().get(worst(previous, total)).name(),
				"steady state did not converge in " + MAX_ITERATIONS
						+ " regime iterations (conductances keep changing with the pressure)");
	}

	private static int worst(double[] a, double[] b) {
		int w = 0;
		double max = -1;
		for (int i = 0; i < a.length; i++) {
			double d = Math.abs(Math.log(Math.max(b[i], 1e-300) / Math.max(a[i], 1e-300)));
			if (d > max) {
				max = d;
				w = i;
			}
		}
		return w;
	}

	/** Assembles and solves the balance of one gas into p. */
	static void solveGas(VacuumEquations eq, int g, double[] q, double[] c, double[] s, double[] floor, boolean[] open,
			DenseCholesky cholesky, double[] p) {
		int n = eq.volumeCount();
		boolean[] pumped = assemble(eq, c, s, open, cholesky);
		int[] component = components(eq, open, c);
		for (int i = 0; i < n; i++) {
			p[i] = q[i];
		}
		for (int k = 0; k < eq.pumpCount(); k++) {
			p[eq.pumpVolume(k)] += s[k] * floor[k];
		}
		for (int i = 0; i < n; i++) {
			if (!pumped[component[i]] && q[i] > 0) {
				throw new SolverException(eq.network().volumes().get(i).name(), eq.gases().get(g).symbol()
						+ " is released here but no running pump removes it from this part of the network: no steady state");
			}
		}
		if (!cholesky.factor()) {
			throw new SolverException("", "the balance of " + eq.gases().get(g).symbol() + " is singular");
		}
		cholesky.solve(p);
		for (int i = 0; i < n; i++) {
			if (p[i] < 0) {
				p[i] = 0; // round-off below a zero source
			}
		}
	}

	/** @return the connected component of each volume over open connections */
	static int[] components(VacuumEquations eq, boolean[] open, double[] c) {
		int n = eq.volumeCount();
		int[] parent = new int[n];
		for (int i = 0; i < n; i++) {
			parent[i] = i;
		}
		for (int e = 0; e < eq.connectionCount(); e++) {
			if (open[e] && c[e] > 0) {
				int a = find(parent, eq.edgeFrom(e));
				int b = find(parent, eq.edgeTo(e));
				parent[a] = b;
			}
		}
		int[] comp = new int[n];
		for (int i = 0; i < n; i++) {
			comp[i] = find(parent, i);
		}
		return comp;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	/**
	 * Effective speed at each volume for gas g: the reciprocal of the pressure rise per unit load
	 * injected there, S_eff,i = 1 / (A^-1)_ii (for a volume pumped through a duct this is
	 * 1/(1/S + 1/C)); 0 where nothing pumps. One factorisation, one solve per volume.
	 *
	 * @return m3/s per volume
	 */
	public static double[] effectiveSpeeds(VacuumEquations eq, Solution sol, int g, boolean[] open) {
		int n = eq.volumeCount();
		double[] result = new double[n];
		DenseCholesky cholesky = new DenseCholesky(n);
		boolean[] pumped = assemble(eq, sol.conductance()[g], sol.speed()[g], open, cholesky);
		int[] component = components(eq, open, sol.conductance()[g]);
		if (!cholesky.factor()) {
			return result;
		}
		double[] unit = new double[n];
		for (int i = 0; i < n; i++) {
			if (!pumped[component[i]]) {
				continue;
			}
			java.util.Arrays.fill(unit, 0.0);
			unit[i] = 1.0;
			cholesky.solve(unit);
			result[i] = unit[i] > 0 ? 1.0 / unit[i] : 0.0;
		}
		return result;
	}

	/**
	 * Fills the Cholesky storage with L + diag(S); volumes of components without a pump get a unit
	 * diagonal (p = 0 there).
	 *
	 * @return pumped flag per component root
	 */
	private static boolean[] assemble(VacuumEquations eq, double[] c, double[] s, boolean[] open, DenseCholesky cholesky) {
		int n = eq.volumeCount();
		cholesky.clear();
		double[][] a = cholesky.matrix();
		int[] component = components(eq, open, c);
		boolean[] pumped = new boolean[n];
		for (int e = 0; e < eq.connectionCount(); e++) {
			int i = eq.edgeFrom(e);
			int j = eq.edgeTo(e);
			double ce = c[e];
			if (ce <= 0) {
				continue;
			}
			a[i][i] += ce;
			a[j][j] += ce;
			if (i > j) {
				a[i][j] -= ce;
			} else {
				a[j][i] -= ce;
			}
		}
		for (int k = 0; k < eq.pumpCount(); k++) {
			int i = eq.pumpVolume(k);
			a[i][i] += s[k];
			if (s[k] > 0) {
				pumped[component[i]] = true;
			}
		}
		for (int i = 0; i < n; i++) {
			if (!pumped[component[i]]) {
				a[i][i] += 1.0;
			}
		}
		return pumped;
	}
}
