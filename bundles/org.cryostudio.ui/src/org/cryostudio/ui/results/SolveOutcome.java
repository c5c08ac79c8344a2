package org.cryostudio.ui.results;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.cryostudio.analysis.result.SolverResult;
import org.eclipse.core.resources.IFile;

/**
 * One solve of one spec: the solvers' results, or why there are none (errors in the spec, no
 * system, no applicable solver).
 *
 * @param problems what kept the spec (or part of it) from being solved, one sentence each
 */
public record SolveOutcome(IFile spec, List<SolverResult> results, List<String> problems, Instant finished, Duration took) {

	public SolveOutcome {
		results = List.copyOf(results);
		problems = List.copyOf(problems);
	}
}
