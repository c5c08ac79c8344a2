package org.cryostudio.analysis.solver;

/**
 * Progress and cancellation of a solve, shaped like Eclipse's IProgressMonitor so that the
 * desktop adapts it in a few lines (the command line prints it on stderr). Work is counted in
 * arbitrary units; a solver calls {@link #begin} once, then {@link #worked} as it advances.
 * Transient solvers report simulated time as work (e.g. 1000 units over log10 of time).
 */
public interface SolverMonitor {

	/** A monitor that shows nothing and is never cancelled. */
	SolverMonitor NULL = new SolverMonitor() {
		@Override
		public void begin(String task, int totalWork) {
		}

		@Override
		public void worked(int work) {
		}

		@Override
		public boolean isCancelled() {
			return false;
		}

		@Override
		public void done() {
		}
	};

	/**
	 * @param task      what is being solved, e.g. "vacuum.pumpdown: pump-down of chamber"
	 * @param totalWork units of work to come
	 */
	void begin(String task, int totalWork);

	/** @param work units done since the last call */
	void worked(int work);

	/** @return true when the user asked to stop */
	boolean isCancelled();

	/** Marks the end of the task. */
	void done();

	/** Names the current step (optional to display). */
	default void subTask(String name) {
	}

	/** @throws SolverCancelledException when cancelled */
	default void checkCancelled() {
		if (isCancelled()) {
			throw new SolverCancelledException();
		}
	}
}
