package org.cryostudio.cli;

import java.io.PrintWriter;

import org.cryostudio.analysis.solver.SolverMonitor;

/**
 * Progress of long solves on stderr (CLI.md: never on stdout): a bar redrawn in place on a
 * terminal, plain lines at every 10 % otherwise (CI logs, pipes). Never cancelled from here
 * (Ctrl-C ends the process).
 */
final class StderrProgress implements SolverMonitor {

	private final PrintWriter err;
	private final boolean terminal;
	private String task = "";
	private int total = 1;
	private int done;
	private int lastShown = -1;

	StderrProgress(PrintWriter err, boolean terminal) {
		this.err = err;
		this.terminal = terminal;
	}

	@Override
	public void begin(String task, int totalWork) {
		this.task = task;
		this.total = Math.max(1, totalWork);
		this.done = 0;
		this.lastShown = -1;
		show();
	}

	@Override
	public void worked(int work) {
		done = Math.min(total, done + work);
		show();
	}

	@Override
	public boolean isCancelled() {
		return false;
	}

	@Override
	public void done() {
		done = total;
		show();
		if (terminal) {
			err.println();
		}
		err.flush();
	}

	private void show() {
		int percent = (int) (100L * done / total);
		if (terminal) {
			if (percent == lastShown) {
				return;
			}
			int width = 30;
			int filled = percent * width / 100;
			err.print("\r" + task + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + percent + "%");
			err.flush();
		} else {
			int decile = percent / 10 * 10;
			if (decile == lastShown / 10 * 10 && lastShown >= 0) {
				return;
			}
			err.println(task + " " + decile + "%");
			err.flush();
		}
		lastShown = percent;
	}
}
