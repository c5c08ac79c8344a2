package org.cryostudio.analysis.result;

/** Outcome of one solver run. */
public enum SolverStatus {
	/** the solver converged; its numbers stand */
	OK("ok"),
	/** the solver could not finish; its messages name the element and why */
	FAILED("failed"),
	/** the model has nothing this solver works on */
	NOT_APPLICABLE("not-applicable"),
	/** the user cancelled the run */
	CANCELLED("cancelled");

	private final String json;

	SolverStatus(String json) {
		this.json = json;
	}

	/** @return the JSON spelling */
	public String json() {
		return json;
	}
}
