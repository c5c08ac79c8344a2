package org.cryostudio.analysis.numeric;

/**
 * A stiff ODE system y' = f(t, y) as {@link RosenbrockW} needs it: the right-hand side and the
 * solution of the stage equations (I - gamma h J) x = r with some approximation J of the Jacobian
 * (a W-method stays second order with any J; the closer J is, the larger the stable steps).
 */
public interface StiffSystem {

	/** @return number of unknowns */
	int dimension();

	/** Computes f(t, y) into dydt. */
	void derivative(double t, double[] y, double[] dydt);

	/**
	 * Prepares the stage matrix I - gammaH J at (t, y) for the solves of one step.
	 *
	 * @return false when the matrix cannot be factorised (the step is retried smaller)
	 */
	boolean prepare(double t, double[] y, double gammaH);

	/** Solves (I - gammaH J) x = r in place (r becomes x), with the matrix of the last {@link #prepare}. */
	void solve(double[] r);

	/**
	 * Projects a new state onto its admissible set (e.g. clips pressures at zero). Called on
	 * every candidate step before its error is judged.
	 */
	default void project(double[] y) {
	}
}
