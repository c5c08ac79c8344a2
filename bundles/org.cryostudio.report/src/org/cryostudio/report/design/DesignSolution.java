package org.cryostudio.report.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cryostudio.analysis.build.SpecModelBuilder;
import org.cryostudio.analysis.build.SpecModelException;
import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.result.RequirementVerdict;
import org.cryostudio.analysis.result.Scalar;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.analysis.solver.Solver;
import org.cryostudio.analysis.solver.SolverMonitor;
import org.cryostudio.analysis.solver.SolverRegistry;
import org.cryostudio.analysis.solver.SolverRunner;
import org.cryostudio.dsl.cryo.Model;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * What the solvers made of a design for its report and its diff: the results of every applicable
 * solver, or why the design was not solved (it has errors, or the analysis could not build a model
 * from it, with the line).
 *
 * @param results      one per solver run, in the order they ran
 * @param descriptions solver id to its one-line description
 * @param problem      why nothing was solved; empty when solved
 * @param notes        what the analysis assumed while building its model
 */
public record DesignSolution(List<SolverResult> results, Map<String, String> descriptions, String problem, List<String> notes) {

	public DesignSolution {
		results = List.copyOf(results);
		descriptions = Map.copyOf(descriptions);
		Objects.requireNonNull(problem, "problem");
		notes = List.copyOf(notes);
	}

	/** @return a design that was not solved, and why */
	public static DesignSolution notSolved(String why) {
		return new DesignSolution(List.of(), Map.of(), why, List.of());
	}

	/** @return true when the solvers ran */
	public boolean solved() {
		return problem.isEmpty();
	}

	/**
	 * Builds the analysis model of every system of a validated spec and runs every applicable
	 * solver on it. A model the analysis cannot build is reported as the problem, not thrown.
	 */
	public static DesignSolution solve(Resource resource, SolverRegistry registry, SolverMonitor monitor) {
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return notSolved("the spec is empty");
		}
		List<SystemModel> systems;
		try {
			systems = SpecModelBuilder.build(model);
		} catch (SpecModelException e) {
			return notSolved("the analysis could not build a model (line " + e.line() + "): " + e.getMessage());
		}
		if (systems.isEmpty()) {
			return notSolved("the spec declares no system");
		}
		Map<String, String> descriptions = new LinkedHashMap<>();
		for (Solver s : registry.all()) {
			descriptions.put(s.id(), s.description());
		}
		List<SolverResult> results = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		SolverRunner runner = new SolverRunner(registry);
		for (SystemModel system : systems) {
			results.addAll(runner.run(system, List.of(), monitor));
			notes.addAll(system.notes());
		}
		return new DesignSolution(results, descriptions, "", notes);
	}

	/** @return every requirement verdict of every solver */
	public List<RequirementVerdict> verdicts() {
		return results.stream().flatMap(r -> r.requirements().stream()).toList();
	}

	/** @return requirement text to "pass", "fail" or "unknown" (the first solver deciding it wins over "unknown") */
	public Map<String, String> verdictWords() {
		Map<String, String> words = new LinkedHashMap<>();
		for (RequirementVerdict v : verdicts()) {
			String was = words.get(v.text());
			if (was == null || was.equals("unknown")) {
				words.put(v.text(), v.status().json());
			}
		}
		return words;
	}

	/** @return every scalar of every solver, for comparing two versions of a design */
	public List<ResultValue> values() {
		List<ResultValue> out = new ArrayList<>();
		for (SolverResult r : results) {
			for (Scalar s : r.scalars()) {
				out.add(new ResultValue(r.solverId(), s.element(), s.quantity(), s.value(), s.unit()));
			}
		}
		return out;
	}
}
