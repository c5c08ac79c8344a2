package org.cryostudio.analysis.solver;

/**
 * Turns a continuous progress fraction (simulated time, iterations) into the integer work units of
 * a {@link SolverMonitor}, reporting only increments, and checks cancellation on every update.
 */
public final class ProgressCounter {

	private final SolverMonitor monitor;
	private final int total;
	private int reported;

	/**
	 * Begins the task on the monitor.
	 *
	 * @param monitor where to report
	 * @param task    task name
	 * @param total   work units for fraction 1
	 */
	public ProgressCounter(SolverMonitor monitor, String task, int total) {
		this.monitor = monitor;
		this.total = total;
		monitor.begin(task, total);
	}

	/**
	 * @param fraction progress in [0, 1] (clamped; never goes back)
	 * @throws SolverCancelledException when the monitor was cancelled
	 */
	public void update(double fraction) {
		monitor.checkCancelled();
		int now = (int) Math.floor(Math.max(0, Math.min(1, fraction)) * total);
		if (now > reported) {
			monitor.worked(now - reported);
			reported = now;
		}
	}

	/** Reports the rest and ends the task. */
	public void done() {
		if (reported < total) {
			monitor.worked(total - reported);
			reported = total;
		}
		monitor.done();
	}
}
