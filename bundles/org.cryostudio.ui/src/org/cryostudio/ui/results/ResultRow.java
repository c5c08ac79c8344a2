package org.cryostudio.ui.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cryostudio.analysis.result.RequirementVerdict;
import org.cryostudio.analysis.result.Scalar;
import org.cryostudio.analysis.result.SolverMessage;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.analysis.result.Verdict;
import org.cryostudio.ui.preferences.DisplayUnits;

/**
 * One line of the Results view: the requirement verdicts of all solvers, then per solver its values
 * per element and its warnings. Values are shown in the user's display units.
 *
 * @param kind      what the row shows
 * @param element   the element the row is about ("" for the system)
 * @param what      the solver id, the requirement text, the quantity or the message
 * @param value     the formatted value, verdict or status
 * @param children  rows below this one
 */
public record ResultRow(Kind kind, String element, String what, String value, List<ResultRow> children) {

	public enum Kind {
		REQUIREMENTS, SOLVER, PASS, FAIL, UNKNOWN, VALUE, WARNING, PROBLEM
	}

	/** @return problems first, then every requirement verdict, then one tree per solver */
	public static List<ResultRow> of(SolveOutcome outcome, DisplayUnits units) {
		List<ResultRow> rows = new ArrayList<>();
		for (String problem : outcome.problems()) {
			rows.add(new ResultRow(Kind.PROBLEM, "", problem, "", List.of()));
		}
		List<ResultRow> verdicts = new ArrayList<>();
		int failed = 0;
		for (SolverResult result : outcome.results()) {
			for (RequirementVerdict v : result.requirements()) {
				Kind kind = v.status() == Verdict.PASS ? Kind.PASS : v.status() == Verdict.FAIL ? Kind.FAIL : Kind.UNKNOWN;
				failed += kind == Kind.FAIL ? 1 : 0;
				String value = v.value().isPresent()
						? units.format(v.value().getAsDouble(), v.unit()) + " (limit " + units.format(v.limit(), v.unit()) + ")"
						: "unknown" + (v.reason().isEmpty() ? "" : ": " + v.reason());
				verdicts.add(new ResultRow(kind, v.element(), v.text(),
						v.status().name().toLowerCase(Locale.ROOT) + " \u2013 " + value + " [" + result.solverId() + "]", List.of()));
			}
		}
		if (!verdicts.isEmpty()) {
			rows.add(new ResultRow(Kind.REQUIREMENTS, "", "Requirements",
					failed == 0 ? "none failed" : failed + " failed", verdicts));
		}
		for (SolverResult result : outcome.results()) {
			List<ResultRow> children = new ArrayList<>();
			for (Scalar s : result.scalars()) {
				children.add(new ResultRow(Kind.VALUE, s.element(), s.quantity(), units.format(s.value(), s.unit()), List.of()));
			}
			for (SolverMessage m : result.messages()) {
				if (m.severity() != SolverMessage.Severity.INFO) {
					children.add(new ResultRow(Kind.WARNING, m.element(), m.text(), m.severity().json(), List.of()));
				}
			}
			rows.add(new ResultRow(Kind.SOLVER, "", result.solverId(), result.status().json()
					+ (result.charts().isEmpty() ? "" : ", " + result.charts().size() + " chart(s): double click"), children));
		}
		return rows;
	}
}
