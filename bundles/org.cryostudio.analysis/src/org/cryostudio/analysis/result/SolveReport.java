package org.cryostudio.analysis.result;

import java.util.List;
import java.util.Objects;

/**
 * The results of all solvers run on one file, in the order they ran.
 *
 * @param file    the spec file as the user named it
 * @param results one per solver
 */
public record SolveReport(String file, List<SolverResult> results) {

	public SolveReport {
		Objects.requireNonNull(file, "file");
		results = List.copyOf(results);
	}

	/** @return true when any requirement of any solver failed */
	public boolean anyRequirementFailed() {
		return results.stream().flatMap(r -> r.requirements().stream()).anyMatch(v -> v.status() == Verdict.FAIL);
	}
}
