package org.cryostudio.analysis.solver;

import java.util.ArrayList;
import java.util.List;

import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.result.NonFiniteResultException;
import org.cryostudio.analysis.result.SolverMessage;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.analysis.result.SolverStatus;

/**
 * Runs solvers on a model the way every front end does: the applicable ones (or those named),
 * each failure contained in its own result (status failed, with the element and the reason),
 * cancellation stopping the remaining ones.
 */
public final class SolverRunner {

	private final SolverRegistry registry;

	public SolverRunner(SolverRegistry registry) {
		this.registry = registry;
	}

	/**
	 * @param model   the system
	 * @param ids     solver ids to run; empty: every applicable solver
	 * @param monitor progress and cancellation
	 * @return one result per solver run, in id order (or the order named)
	 * @throws IllegalArgumentException for an unknown id, listing the known ones
	 */
	public List<SolverResult> run(SystemModel model, List<String> ids, SolverMonitor monitor) {
		List<Solver> chosen = new ArrayList<>();
		if (ids.isEmpty()) {
			for (Solver s : registry.all()) {
				if (s.appliesTo(model)) {
					chosen.add(s);
				}
			}
		} else {
			for (String id : ids) {
				chosen.add(registry.find(id).orElseThrow(() -> new IllegalArgumentException(
						"unknown solver '" + id + "'; available: " + String.join(", ", registry.ids()))));
			}
		}
		List<SolverResult> results = new ArrayList<>();
		boolean cancelled = false;
		for (Solver s : chosen) {
			if (cancelled || monitor.isCancelled()) {
				cancelled = true;
				results.add(SolverResult.of(s.id(), SolverStatus.CANCELLED,
						new SolverMessage(SolverMessage.Severity.INFO, "", "not run: cancelled")));
				continue;
			}
			results.add(runOne(s, model, monitor));
			cancelled = results.get(results.size() - 1).status() == SolverStatus.CANCELLED;
		}
		return results;
	}

	/** Runs one solver, containing its failure. */
	public static SolverResult runOne(Solver s, SystemModel model, SolverMonitor monitor) {
		if (!s.appliesTo(model)) {
			return SolverResult.of(s.id(), SolverStatus.NOT_APPLICABLE, new SolverMessage(SolverMessage.Severity.INFO, "",
					"the model has nothing this solver works on (" + s.description() + ")"));
		}
		try {
			return s.solve(model, monitor);
		} catch (SolverCancelledException e) {
			return SolverResult.of(s.id(), SolverStatus.CANCELLED,
					new SolverMessage(SolverMessage.Severity.INFO, "", "cancelled"));
		} catch (SolverException e) {
			return SolverResult.of(s.id(), SolverStatus.FAILED,
					new SolverMessage(SolverMessage.Severity.ERROR, e.element(), e.getMessage()));
		} catch (NonFiniteResultException e) {
			return SolverResult.of(s.id(), SolverStatus.FAILED,
					new SolverMessage(SolverMessage.Severity.ERROR, e.element() == null ? "" : e.element(), e.getMessage()));
		} catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
			// a physics model refusing its inputs (e.g. a pump speed above its aperture conductance)
			return SolverResult.of(s.id(), SolverStatus.FAILED,
					new SolverMessage(SolverMessage.Severity.ERROR, "", String.valueOf(e.getMessage())));
		}
	}
}
