package org.cryostudio.report.design;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.cryostudio.analysis.result.RequirementVerdict;
import org.cryostudio.analysis.result.Verdict;
import org.cryostudio.dsl.cryo.CryoSystem;
import org.cryostudio.physics.fluids.Fluid;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.report.model.BulletList;
import org.cryostudio.report.model.Callout;
import org.cryostudio.report.model.Finding;
import org.cryostudio.report.model.Findings;
import org.cryostudio.report.model.Paragraph;
import org.cryostudio.report.model.Report;
import org.cryostudio.report.model.Section;
import org.cryostudio.report.model.Table;
import org.cryostudio.report.model.Text;
import org.cryostudio.report.model.Tone;
import org.cryostudio.report.model.ValueText;

/**
 * Assembles the calculation report of a design: identity, summary of requirements, the inputs
 * as written with SI values and spec lines, the physics of its cold surfaces with every
 * calculation written out, the validation findings, assumptions and validity ranges, and the
 * sources of the property data. A reviewer can check every number without opening the tool.
 */
public final class CalculationReport {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", Locale.ROOT);

	private final DesignInput design;
	private final DisplayNames names;
	private final List<String> systems;

	private CalculationReport(DesignInput design) {
		this.design = design;
		this.systems = design.resource().getContents().isEmpty() ? List.of()
				: design.resource().getContents().get(0).eContents().stream().filter(o -> o instanceof CryoSystem)
						.map(SpecNodes::name).flatMap(java.util.Optional::stream).toList();
		this.names = DisplayNames.of(systems);
	}

	/** @return the report of a design */
	public static Report build(DesignInput design) {
		return new CalculationReport(design).report();
	}

	private Report report() {
		DesignIdentity id = design.identity();
		String name = systems.isEmpty() ? fileName(id.file()) : String.join(", ", systems);
		List<ColdSurface> surfaces = ColdSurfaces.find(design.resource());
		List<Gas> gases = DesignGases.of(design.resource());
		FloorSection.Part floors = FloorSection.build("cold-surfaces", surfaces, gases, names);
		List<Section> sections = new ArrayList<>();
		sections.add(identity());
		sections.add(summary());
		sections.add(inputs());
		sections.add(SolverSections.build(design.solution(), SpecRequirements.of(design.resource()), names));
		sections.add(floors.section());
		sections.add(findings());
		sections.add(assumptions(floors.assumptions(), surfaces, gases));
		sections.add(references(floors.references(), gases));
		return new Report("Calculation report: " + name, id.file(), id.date(), "CryoStudio " + id.toolVersion(), sections);
	}

	private Section identity() {
		DesignIdentity id = design.identity();
		GitState git = id.git();
		List<List<Table.Cell>> rows = new ArrayList<>();
		rows.add(row("Design file", Text.code(id.file())));
		rows.add(row("System", Text.code(systems.isEmpty() ? "(none)" : String.join(", ", systems))));
		rows.add(row("SHA-256 of the file", Text.code(id.sha256())));
		if (git.versioned()) {
			rows.add(row("Git revision", Text.code(git.revision().isEmpty() ? "(no commit yet)" : git.revision())));
			rows.add(List.of(Table.Cell.of("Work tree"), new Table.Cell(Text.plain(git.treeDirty()
					? "uncommitted changes present (this file: " + git.fileStatus() + ")" : "clean"),
					git.treeDirty() ? Tone.CAUTION : Tone.NEUTRAL)));
		} else {
			rows.add(List.of(Table.Cell.of("Git revision"), new Table.Cell(Text.plain("not under version control"), Tone.CAUTION)));
		}
		rows.add(row("Tool", Text.plain("CryoStudio " + id.toolVersion())));
		rows.add(row("Report date", Text.plain(DATE.format(id.date()))));
		return Section.builder("identity", "Design identity")
				.add(new Table("", List.of(Table.Column.left("", 28), Table.Column.left("", 72)), rows))
				.add(new Paragraph(Text.plain("To check that an archived design is the one reported, compare its SHA-256 (")
						.then(Text.code("sha256sum " + fileName(id.file()))).then(") with the value above.")))
				.build();
	}

	private Section summary() {
		Section.Builder s = Section.builder("summary", "Summary");
		long errors = design.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
		long warnings = design.findings().stream().filter(f -> f.severity() == Finding.Severity.WARNING).count();
		if (errors > 0) {
			s.add(new Callout(Tone.BAD, Text.strong("The design has " + errors + " error(s).")
					.then(" It was not solved; see the validation findings.")));
		} else {
			s.add(new Callout(warnings > 0 ? Tone.CAUTION : Tone.GOOD, Text.strong("The design validates")
					.then(warnings > 0 ? " with " + warnings + " warning(s)." : " without findings.")));
		}
		List<SpecRequirements.Stated> requirements = SpecRequirements.of(design.resource());
		DesignSolution solution = design.solution();
		if (requirements.isEmpty()) {
			s.paragraph("The design states no requirements.");
			return s.build();
		}
		List<List<Table.Cell>> rows = new ArrayList<>();
		int failed = 0;
		int undecided = 0;
		for (SpecRequirements.Stated r : requirements) {
			RequirementVerdict v = decided(solution, r.text());
			Table.Cell status;
			Table.Cell value = Table.Cell.of("—");
			Table.Cell margin = Table.Cell.of("—");
			if (v == null) {
				undecided++;
				status = new Table.Cell(Text.plain(solution.solved() ? "no solver" : "not solved"), Tone.MUTED);
			} else {
				status = new Table.Cell(Text.plain(v.status().json()), switch (v.status()) {
					case PASS -> Tone.GOOD;
					case FAIL -> Tone.BAD;
					case UNKNOWN -> Tone.MUTED;
				});
				failed += v.status() == Verdict.FAIL ? 1 : 0;
				undecided += v.status() == Verdict.UNKNOWN ? 1 : 0;
				if (v.value().isPresent()) {
					value = Table.Cell.of(ValueText.number(v.value().getAsDouble(), ValueText.RESULT_DIGITS).then("\u00a0")
							.then(ValueText.unit(v.unit())));
					if (v.limit() != 0) {
						double m = SolverSections.margin(v);
						margin = new Table.Cell(ValueText.number(m * 100, 3).then("\u00a0%"), m >= 0 ? Tone.NEUTRAL : Tone.BAD);
					}
				}
			}
			rows.add(List.of(Table.Cell.code(r.text()), Table.Cell.code(r.location()), status, value, margin));
		}
		s.add(new Table("Requirements", List.of(Table.Column.left("Requirement", 34), Table.Column.left("Spec line", 22),
				Table.Column.center("Status", 10), Table.Column.right("Value", 20), Table.Column.right("Margin", 12)), rows));
		if (failed > 0) {
			s.add(new Callout(Tone.BAD, Text.strong(failed + " requirement(s) fail.").then(" Margins are written out in the solver results.")));
		} else if (undecided == 0) {
			s.add(new Callout(Tone.GOOD, Text.strong("Every requirement is met.")));
		}
		if (undecided > 0) {
			s.add(new Callout(Tone.MUTED, Text.plain(undecided + " requirement(s) could not be decided"
					+ (solution.solved() ? "; the solver results say why." : ": " + solution.problem()))));
		}
		return s.build();
	}

	/** @return the verdict that decides a requirement (pass or fail before unknown), or null when no solver checked it */
	private static RequirementVerdict decided(DesignSolution solution, String text) {
		RequirementVerdict best = null;
		for (RequirementVerdict v : solution.verdicts()) {
			if (SpecRequirements.sameText(v.text(), text) && (best == null || best.status() == Verdict.UNKNOWN)) {
				best = v;
			}
		}
		return best;
	}

	private Section inputs() {
		Section.Builder s = Section.builder("inputs", "Model inputs");
		s.paragraph("Every value of the design as written in the spec, with its value in SI units and the line it is written on.");
		List<ElementInputs> elements = SpecInputs.of(design.resource());
		if (elements.isEmpty()) {
			s.paragraph("The spec declares no element.");
		}
		for (ElementInputs e : elements) {
			if (e.values().isEmpty()) {
				continue;
			}
			List<List<Table.Cell>> rows = new ArrayList<>();
			for (InputValue v : e.values()) {
				Text si = v.si().isPresent()
						? ValueText.number(v.si().getAsDouble(), ValueText.INPUT_DIGITS).then(v.siUnit().isEmpty() ? Text.EMPTY
								: Text.plain("\u00a0").then(ValueText.unit(v.siUnit())))
						: Text.EMPTY;
				Text line = v.type().isEmpty() ? Text.code(v.location())
						: Text.code(v.location()).then(" (type ").then(Text.code(names.show(v.type()))).then(")");
				rows.add(List.of(Table.Cell.of(v.property()), Table.Cell.code(v.written()), Table.Cell.of(si), Table.Cell.of(line)));
			}
			s.add(new Table(names.show(e.name()) + " (" + e.kind() + ", " + e.location() + ")", List.of(
					Table.Column.left("Property", 25), Table.Column.left("As written", 27), Table.Column.right("SI value", 20),
					Table.Column.left("Spec line", 28)), rows));
		}
		return s.build();
	}

	private Section findings() {
		Section.Builder s = Section.builder("findings", "Validation findings");
		s.paragraph("The spec was parsed, linked and checked for units and physics rules; every finding is listed here.");
		s.add(new Findings(design.findings()));
		return s.build();
	}

	private Section assumptions(List<Text> floorAssumptions, List<ColdSurface> surfaces, List<Gas> gases) {
		List<Text> items = new ArrayList<>(floorAssumptions);
		items.add(Text.plain("Values are converted to SI units once, on input; every calculation is made in SI."));
		design.solution().notes().forEach(n -> items.add(Text.plain("Analysis model: " + n)));
		Section.Builder s = Section.builder("assumptions", "Assumptions and validity ranges")
				.add(new BulletList(items));
		if (!gases.isEmpty()) {
			List<List<Table.Cell>> rows = new ArrayList<>();
			for (Gas g : gases) {
				Fluid f = Fluids.of(g);
				Text.Builder ranges = Text.builder();
				for (org.cryostudio.physics.model.ValidityRange r : f.validityRanges()) {
					if (!ranges.build().isEmpty()) {
						ranges.plain("; ");
					}
					ranges.plain(r.quantity() + " from ").add(ValueText.number(r.min(), 5)).plain(" to ")
							.add(ValueText.number(r.max(), 5)).plain("\u00a0").add(ValueText.unit(r.unit()));
				}
				rows.add(List.of(Table.Cell.of(g.symbol()), Table.Cell.of(f.eosModel()), Table.Cell.of(ranges.build()),
						Table.Cell.of(ValueText.quantity(f.tripleTemperature(), org.cryostudio.physics.units.Units.KELVIN, 6)),
						Table.Cell.of(ValueText.quantity(f.criticalTemperature(), org.cryostudio.physics.units.Units.KELVIN, 6))));
			}
			s.add(new Table("Property models of the design's gases", List.of(Table.Column.left("Gas", 8),
					Table.Column.left("Model", 34), Table.Column.left("Validity range", 30), Table.Column.right("Triple point", 14),
					Table.Column.right("Critical point", 14)), rows));
		}
		if (surfaces.isEmpty() && gases.isEmpty()) {
			s.paragraph("No property model was used.");
		}
		return s.build();
	}

	private Section references(List<Text> floorReferences, List<Gas> gases) {
		Set<String> items = new LinkedHashSet<>();
		floorReferences.forEach(t -> items.add(t.plainText()));
		for (Gas g : gases) {
			items.add(g.symbol() + " equation of state: " + Fluids.of(g).eosSource());
		}
		Section.Builder s = Section.builder("references", "Property data sources and references");
		if (items.isEmpty()) {
			s.paragraph("No property data were used.");
		} else {
			s.add(new BulletList(items.stream().map(Text::plain).toList()));
		}
		return s.build();
	}

	private static List<Table.Cell> row(String key, Text value) {
		return List.of(Table.Cell.of(key), Table.Cell.of(value));
	}

	private static String fileName(String path) {
		return java.nio.file.Path.of(path).getFileName().toString();
	}
}
