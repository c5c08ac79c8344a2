package org.cryostudio.analysis.solver;

import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.result.SolverResult;

/**
 * A solver plugin: declares what it needs from a model, runs on the networks that analysis
 * built from it and returns scalars, series, charts and requirement verdicts (SI units, never
 * NaN). Implementations are stateless and thread-safe, with a public no-argument constructor
 * (for {@link java.util.ServiceLoader} and Declarative Services).
 */
public interface Solver {

	/** @return stable identifier used on the command line, e.g. "vacuum.steady" */
	String id();

	/** @return one line for {@code cryo solve --list} */
	String description();

	/**
	 * @return true when the model holds what this solver works on (e.g. at least one volume and
	 *         one pump); solvers that do not apply are skipped unless named explicitly
	 */
	boolean appliesTo(SystemModel model);

	/**
	 * Solves.
	 *
	 * @param model   the system, SI
	 * @param monitor progress and cancellation; call {@link SolverMonitor#checkCancelled()} in loops
	 * @return the result (status OK); a solver that cannot converge throws {@link SolverException}
	 *         naming the element, and the runner reports it as failed
	 * @throws SolverCancelledException when the monitor was cancelled
	 */
	SolverResult solve(SystemModel model, SolverMonitor monitor);
}
