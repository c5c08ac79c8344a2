package org.cryostudio.report.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cryostudio.analysis.result.ChartSpec;
import org.cryostudio.analysis.result.RequirementVerdict;
import org.cryostudio.analysis.result.Scalar;
import org.cryostudio.analysis.result.SolverMessage;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.analysis.result.SolverStatus;
import org.cryostudio.analysis.result.Verdict;
import org.cryostudio.charts.ChartFactory;
import org.cryostudio.charts.ChartStyle;
import org.cryostudio.physics.units.Unit;
import org.cryostudio.physics.units.UnitParseException;
import org.cryostudio.physics.units.Units;
import org.cryostudio.report.model.Binding;
import org.cryostudio.report.model.BulletList;
import org.cryostudio.report.model.Calculation;
import org.cryostudio.report.model.Callout;
import org.cryostudio.report.model.Expr;
import org.cryostudio.report.model.Figure;
import org.cryostudio.report.model.Section;
import org.cryostudio.report.model.Symbol;
import org.cryostudio.report.model.Table;
import org.cryostudio.report.model.Text;
import org.cryostudio.report.model.Tone;
import org.cryostudio.report.model.ValueText;

/**
 * The report's sections on solver results: per solver its status and messages, its numbers, its
 * charts (drawn as vector art from the solver's chart specifications) and the requirements it
 * decided, each margin written out with the values it compares.
 */
final class SolverSections {

	static final Symbol MARGIN = Symbol.of("m");
	static final Symbol LIMIT = Symbol.of("L");
	static final Symbol VALUE = Symbol.of("v");

	private SolverSections() {
	}

	/** @return the "Solver results" section */
	static Section build(DesignSolution solution, List<SpecRequirements.Stated> stated, DisplayNames names) {
		Section.Builder s = Section.builder("solvers", "Solver results");
		if (!solution.solved()) {
			s.add(new Callout(Tone.CAUTION, Text.strong("Not solved: ").then(solution.problem())));
			return s.build();
		}
		if (solution.results().isEmpty()) {
			s.paragraph("No installed solver applies to this design.");
			return s.build();
		}
		s.paragraph("Each solver ran on the analysis model built from the spec (SI units). Numbers are the solver's own; "
				+ "requirement margins are written out below each solver. What the analysis assumed while building its model from the "
				+ "spec is listed with the assumptions.");
		int index = 0;
		for (SolverResult r : solution.results()) {
			s.add(solver(r, "solver-" + (++index), solution.descriptions().getOrDefault(r.solverId(), ""), stated, names));
		}
		return s.build();
	}

	private static Section solver(SolverResult r, String id, String description, List<SpecRequirements.Stated> stated,
			DisplayNames names) {
		Section.Builder s = Section.builder(id, r.solverId() + (description.isEmpty() ? "" : ": " + description));
		if (r.status() != SolverStatus.OK) {
			s.add(new Callout(r.status() == SolverStatus.FAILED ? Tone.BAD : Tone.MUTED, Text.strong("Status: " + r.status().json())
					.then(r.messages().isEmpty() ? "" : ". " + message(r.messages().get(0)))));
			return s.build();
		}
		List<Text> messages = r.messages().stream().filter(m -> m.severity() != SolverMessage.Severity.INFO).map(SolverSections::messageText)
				.toList();
		if (!messages.isEmpty()) {
			s.add(new Callout(Tone.CAUTION, Text.strong(messages.size() + " warning(s) of the solver.")));
			s.add(new BulletList(messages));
		}
		if (!r.scalars().isEmpty()) {
			List<List<Table.Cell>> rows = new ArrayList<>();
			for (Scalar x : r.scalars()) {
				rows.add(List.of(Table.Cell.code(x.element().isEmpty() ? "(system)" : names.show(x.element())), Table.Cell.of(x.quantity()),
						Table.Cell.of(ValueText.number(x.value(), ValueText.RESULT_DIGITS)), Table.Cell.of(ValueText.unit(x.unit()))));
			}
			s.add(new Table("Results", List.of(Table.Column.left("Element", 24), Table.Column.left("Quantity", 46),
					Table.Column.right("Value", 18), Table.Column.left("Unit", 12)), rows));
		}
		int chart = 0;
		for (ChartSpec spec : r.charts()) {
			SolverResult result = r;
			s.add(new Figure(id + "-chart-" + (++chart), Text.plain(spec.title() + " (" + r.solverId() + ")"),
					(g, area) -> draw(ChartFactory.create(result, spec), g, area), 470,
					470f * ChartStyle.HEIGHT / ChartStyle.WIDTH));
		}
		for (RequirementVerdict v : r.requirements()) {
			s.add(verdict(v, r.solverId(), stated));
		}
		List<Text> info = r.messages().stream().filter(m -> m.severity() == SolverMessage.Severity.INFO).map(SolverSections::messageText)
				.toList();
		if (!info.isEmpty()) {
			s.add(new BulletList(info));
		}
		return s.build();
	}

	/**
	 * Draws a chart at the size its style was designed for (fonts and strokes in proportion) and
	 * scales it into the figure's area.
	 */
	private static void draw(org.jfree.chart.JFreeChart chart, java.awt.Graphics2D g, java.awt.geom.Rectangle2D area) {
		java.awt.geom.AffineTransform saved = g.getTransform();
		g.translate(area.getX(), area.getY());
		g.scale(area.getWidth() / ChartStyle.WIDTH, area.getHeight() / ChartStyle.HEIGHT);
		chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, ChartStyle.WIDTH, ChartStyle.HEIGHT));
		g.setTransform(saved);
	}

	/** A decided requirement as a calculation of its margin; an undecided one as a remark with the reason. */
	private static org.cryostudio.report.model.Block verdict(RequirementVerdict v, String solverId, List<SpecRequirements.Stated> stated) {
		String line = SpecRequirements.lineOf(stated, v.text());
		if (v.value().isEmpty() || v.limit() == 0) {
			return new Callout(Tone.MUTED, Text.plain("Requirement ").then(Text.code(v.text())).then(" (" + line + "): "
					+ v.status().json() + (v.reason().isEmpty() ? "" : ": " + v.reason())));
		}
		double value = v.value().getAsDouble();
		boolean pass = v.status() == Verdict.PASS;
		// the direction of the requirement follows from its verdict: a passed upper limit has v < L
		boolean upper = pass == (value < v.limit());
		Unit unit = unit(v.unit());
		Expr difference = upper ? Expr.minus(Expr.var(LIMIT), Expr.var(VALUE)) : Expr.minus(Expr.var(VALUE), Expr.var(LIMIT));
		List<Binding> bindings = List.of(
				new Binding(LIMIT, Text.plain("limit of the requirement"), v.limit(), unit, Text.code(line)),
				new Binding(VALUE, Text.plain("value found"), value, unit, Text.plain(solverId)));
		List<Text> notes = new ArrayList<>();
		notes.add(Text.plain("Verdict: " + v.status().json().toUpperCase(Locale.ROOT) + (upper ? " (upper limit)" : " (lower limit)")
				+ "; a positive margin meets the requirement."));
		if (!v.reason().isEmpty()) {
			notes.add(Text.plain(v.reason()));
		}
		return new Calculation(Text.plain("Margin of ").then(Text.code(v.text())), MARGIN,
				Expr.divide(difference, Expr.var(LIMIT)), bindings, org.cryostudio.physics.units.Unit.ONE,
				pass ? Tone.NEUTRAL : Tone.BAD, notes);
	}

	/** @return the margin (positive when met) of a decided verdict */
	static double margin(RequirementVerdict v) {
		double value = v.value().orElseThrow();
		boolean upper = (v.status() == Verdict.PASS) == (value < v.limit());
		return (upper ? v.limit() - value : value - v.limit()) / Math.abs(v.limit());
	}

	private static Unit unit(String symbol) {
		try {
			return symbol.isEmpty() || symbol.equals("1") ? Unit.ONE : Units.parse(symbol);
		} catch (UnitParseException e) {
			return new Unit(symbol, Unit.ONE.dimension(), 1, 0);
		}
	}

	private static Text messageText(SolverMessage m) {
		return Text.plain(message(m));
	}

	private static String message(SolverMessage m) {
		return (m.element().isEmpty() ? "" : m.element() + ": ") + m.text();
	}
}
