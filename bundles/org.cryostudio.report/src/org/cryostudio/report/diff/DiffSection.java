package org.cryostudio.report.diff;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.cryostudio.report.design.InputValue;
import org.cryostudio.report.model.Callout;
import org.cryostudio.report.model.Report;
import org.cryostudio.report.model.Section;
import org.cryostudio.report.model.Table;
import org.cryostudio.report.model.Text;
import org.cryostudio.report.model.Tone;
import org.cryostudio.report.model.ValueText;

/**
 * A design diff as a report section (inputs, results, requirement verdicts), for an HTML page a
 * reviewer attaches to a merge request, or as part of a calculation report.
 */
public final class DiffSection {

	private DiffSection() {
	}

	/** @return a one-section report of the diff */
	public static Report report(DesignDiff d, ZonedDateTime date, String generator) {
		return new Report("Design diff", d.before() + " → " + d.after(), date, generator, List.of(section(d)));
	}

	/** @return the diff as a section with a table of inputs, results and requirement verdicts */
	public static Section section(DesignDiff d) {
		Section.Builder s = Section.builder("diff", "Changes from " + d.before() + " to " + d.after());
		if (d.isEmpty()) {
			s.add(new Callout(Tone.GOOD, Text.plain("No input, result or requirement verdict differs.")));
		}
		Section.Builder inputs = Section.builder("diff-inputs", "Inputs");
		inputs.paragraph(d.inputs().size() + " input(s) differ, " + d.sameInputs() + " are the same.");
		if (!d.inputs().isEmpty()) {
			List<List<Table.Cell>> rows = new ArrayList<>();
			for (InputChange c : d.inputs()) {
				rows.add(List.of(change(c.change()), Table.Cell.code(c.element()), Table.Cell.of(c.property()),
						Table.Cell.of(c.before().map(DiffSection::input).orElse(Text.plain("—"))),
						Table.Cell.of(c.after().map(DiffSection::input).orElse(Text.plain("—"))),
						Table.Cell.of(delta(c.absolute(), c.siUnit())), Table.Cell.of(percent(c.relative()))));
			}
			inputs.add(new Table("Changed inputs", List.of(Table.Column.left("Change", 9), Table.Column.left("Element", 16),
					Table.Column.left("Property", 15), Table.Column.left("Before", 19), Table.Column.left("After", 19),
					Table.Column.right("Δ (SI)", 12), Table.Column.right("Δ %", 9)), rows));
		}
		s.add(inputs.build());
		Section.Builder results = Section.builder("diff-results", "Results");
		results.paragraph("Both versions were solved; " + d.results().size() + " result(s) differ, " + d.sameResults()
				+ " are the same.");
		if (!d.results().isEmpty()) {
			List<List<Table.Cell>> rows = new ArrayList<>();
			for (ResultChange c : d.results()) {
				rows.add(List.of(change(c.change()), Table.Cell.of(c.source()), Table.Cell.code(c.element()), Table.Cell.of(c.quantity()),
						Table.Cell.of(value(c.before(), c.unit())), Table.Cell.of(value(c.after(), c.unit())),
						Table.Cell.of(delta(c.absolute(), c.unit())), Table.Cell.of(percent(c.relative()))));
			}
			results.add(new Table("Changed results", List.of(Table.Column.left("Change", 9), Table.Column.left("Computed by", 13),
					Table.Column.left("Element", 12), Table.Column.left("Quantity", 18), Table.Column.right("Before", 13),
					Table.Column.right("After", 13), Table.Column.right("Δ", 13), Table.Column.right("Δ %", 9)), rows));
		}
		s.add(results.build());
		if (!d.requirements().isEmpty()) {
			List<List<Table.Cell>> rows = new ArrayList<>();
			for (DesignDiff.VerdictChange v : d.requirements()) {
				rows.add(List.of(Table.Cell.code(v.requirement()), verdict(v.before()), verdict(v.after())));
			}
			s.add(Section.builder("diff-requirements", "Requirements").add(new Table("Changed verdicts", List.of(
					Table.Column.left("Requirement", 60), Table.Column.center("Before", 20), Table.Column.center("After", 20)), rows))
					.build());
		}
		return s.build();
	}

	private static Table.Cell change(Change c) {
		return new Table.Cell(Text.plain(c.word()), switch (c) {
			case ADDED -> Tone.GOOD;
			case REMOVED -> Tone.BAD;
			case CHANGED -> Tone.CAUTION;
		});
	}

	private static Table.Cell verdict(String v) {
		return new Table.Cell(Text.plain(v), switch (v) {
			case "pass" -> Tone.GOOD;
			case "fail" -> Tone.BAD;
			default -> Tone.MUTED;
		});
	}

	private static Text input(InputValue v) {
		Text t = Text.code(v.written()).then(" (").then(Text.code(v.location())).then(")");
		return v.type().isEmpty() ? t : t.then(" type ").then(Text.code(v.type()));
	}

	private static Text value(OptionalDouble v, String unit) {
		return v.isPresent() ? quantity(v.getAsDouble(), unit) : Text.plain("—");
	}

	private static Text delta(OptionalDouble d, String unit) {
		if (d.isEmpty()) {
			return Text.EMPTY;
		}
		Text q = quantity(d.getAsDouble(), unit);
		return d.getAsDouble() > 0 ? Text.plain("+").then(q) : q;
	}

	private static Text quantity(double si, String unit) {
		Text n = ValueText.number(si, ValueText.RESULT_DIGITS);
		return unit.isEmpty() ? n : n.then("\u00a0").then(ValueText.unit(unit));
	}

	private static Text percent(OptionalDouble r) {
		if (r.isEmpty()) {
			return Text.EMPTY;
		}
		Text n = ValueText.number(r.getAsDouble() * 100, 3);
		return (r.getAsDouble() > 0 ? Text.plain("+").then(n) : n).then("\u00a0%");
	}
}
