package org.cryostudio.analysis.solver;

/** Thrown out of a solve when its {@link SolverMonitor} was cancelled. */
public final class SolverCancelledException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public SolverCancelledException() {
		super("cancelled");
	}
}
