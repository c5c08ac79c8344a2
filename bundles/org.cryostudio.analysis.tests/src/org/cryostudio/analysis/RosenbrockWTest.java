package org.cryostudio.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.cryostudio.analysis.numeric.RosenbrockW;
import org.cryostudio.analysis.numeric.StiffSystem;
import org.cryostudio.analysis.solver.SolverMonitor;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;

/**
 * The Rosenbrock 2(3) W-method (Shampine and Reichelt, SIAM J. Sci. Comput. 18 (1997) 1) against an analytic stiff
 * solution and against Hipparchus' Dormand-Prince 8(5,3) on a non-stiff nonlinear problem.
 */
class RosenbrockWTest {

	/** y' = -k (y - cos t), exact: y = (k^2 cos t + k sin t)/(k^2 + 1) + C e^(-k t). */
	private static final class Prothero implements StiffSystem {
		final double k;
		double factor;

		Prothero(double k) {
			this.k = k;
		}

		@Override
		public int dimension() {
			return 1;
		}

		@Override
		public void derivative(double t, double[] y, double[] dydt) {
			dydt[0] = -k * (y[0] - Math.cos(t));
		}

		@Override
		public boolean prepare(double t, double[] y, double gammaH) {
			factor = 1.0 / (1.0 + gammaH * k);
			return true;
		}

		@Override
		public void solve(double[] r) {
			r[0] *= factor;
		}
	}

	@Test
	void stiffLinearProblemFollowsItsExactSolutionWithFewSteps() {
		double k = 1e6;
		Prothero system = new Prothero(k);
		double[] y = { 2.0 };
		RosenbrockW ros = new RosenbrockW(1e-6, new double[] { 1e-6 });
		ros.integrate(system, 0, y, 10, new double[0], (t, state, rate) -> {
		}, SolverMonitor.NULL);
		double exact = (k * k * Math.cos(10) + k * Math.sin(10)) / (k * k + 1);
		assertEquals(exact, y[0], 1e-5);
		// an explicit method would need ~ 10 k / 3 = 3e6 steps for stability alone
		assertTrue(ros.acceptedSteps() < 6000, "steps: " + ros.acceptedSteps());
	}

	@Test
	void agreesWithHipparchusOnANonStiffNonlinearProblem() {
		// logistic growth with a periodic harvest: y' = y (1 - y) - 0.1 (1 + sin t) y
		StiffSystem system = new StiffSystem() {
			double[][] inverse = new double[1][1];

			@Override
			public int dimension() {
				return 1;
			}

			@Override
			public void derivative(double t, double[] y, double[] dydt) {
				dydt[0] = y[0] * (1 - y[0]) - 0.1 * (1 + Math.sin(t)) * y[0];
			}

			@Override
			public boolean prepare(double t, double[] y, double gammaH) {
				double j = 1 - 2 * y[0] - 0.1 * (1 + Math.sin(t));
				inverse[0][0] = 1.0 / (1.0 - gammaH * j);
				return true;
			}

			@Override
			public void solve(double[] r) {
				r[0] *= inverse[0][0];
			}
		};
		double[] y = { 0.05 };
		new RosenbrockW(1e-7, new double[] { 1e-12 }).integrate(system, 0, y, 20, new double[0], (t, s, rate) -> {
		}, SolverMonitor.NULL);
		OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
			@Override
			public int getDimension() {
				return 1;
			}

			@Override
			public double[] computeDerivatives(double t, double[] v) {
				return new double[] { v[0] * (1 - v[0]) - 0.1 * (1 + Math.sin(t)) * v[0] };
			}
		};
		ODEStateAndDerivative reference = new DormandPrince853Integrator(1e-8, 1, 1e-14, 1e-12).integrate(ode,
				new ODEState(0, new double[] { 0.05 }), 20);
		assertEquals(reference.getPrimaryState()[0], y[0], 1e-5);
	}

	@Test
	void breakpointsAreHitExactly() {
		java.util.List<Double> seen = new java.util.ArrayList<>();
		Prothero system = new Prothero(1.0);
		new RosenbrockW(1e-4, new double[] { 1e-8 }).integrate(system, 0, new double[] { 1 }, 5, new double[] { 1.5, 3.25 },
				(t, s, rate) -> seen.add(t), SolverMonitor.NULL);
		assertTrue(seen.contains(1.5) && seen.contains(3.25) && seen.get(seen.size() - 1) == 5.0, seen.toString());
	}
}
