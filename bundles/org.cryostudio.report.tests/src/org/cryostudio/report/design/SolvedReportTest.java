package org.cryostudio.report.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cryostudio.analysis.result.RequirementVerdict;
import org.cryostudio.analysis.result.Verdict;
import org.cryostudio.analysis.solver.SolverMonitor;
import org.cryostudio.analysis.solver.SolverRegistry;
import org.cryostudio.report.fixtures.Specs;
import org.cryostudio.report.fixtures.XmlHtml;
import org.cryostudio.report.html.HtmlExporter;
import org.cryostudio.report.model.Block;
import org.cryostudio.report.model.Calculation;
import org.cryostudio.report.model.Figure;
import org.cryostudio.report.model.Report;
import org.cryostudio.report.model.Section;
import org.junit.jupiter.api.Test;

/** A report of a solved design: verdicts in the summary, one section per solver with its charts and margins. */
class SolvedReportTest {

	private static Report solved(DesignInput design) {
		DesignSolution solution = DesignSolution.solve(design.resource(), SolverRegistry.discover(), SolverMonitor.NULL);
		assertTrue(solution.solved(), solution.problem());
		return CalculationReport.build(new DesignInput(design.identity(), design.resource(), design.findings(), solution));
	}

	@Test
	void quickstartRequirementIsDecidedAndItsMarginWrittenOut() {
		DesignInput design = Specs.design(Specs.example("quickstart/chamber.cryo"));
		DesignSolution solution = DesignSolution.solve(design.resource(), SolverRegistry.discover(), SolverMonitor.NULL);
		List<RequirementVerdict> decided = solution.verdicts().stream().filter(v -> v.status() != Verdict.UNKNOWN).toList();
		assertFalse(decided.isEmpty(), "the pump-down solver decides 'pressure(main) < 1e-6 Pa after 24 h': " + solution.verdicts());
		Report report = CalculationReport.build(new DesignInput(design.identity(), design.resource(), design.findings(), solution));
		Section solvers = report.allSections().stream().filter(s -> s.id().equals("solvers")).findFirst().orElseThrow();
		assertEquals(solution.results().size(), solvers.subsections().size());
		List<Block> blocks = solvers.subsections().stream().flatMap(s -> s.blocks().stream()).toList();
		assertTrue(blocks.stream().anyMatch(b -> b instanceof Figure), "solver charts are figures");
		RequirementVerdict v = decided.get(0);
		Calculation margin = blocks.stream().filter(b -> b instanceof Calculation c && c.title().plainText().contains(v.text()))
				.map(b -> (Calculation) b).findFirst().orElseThrow();
		double expected = v.status() == Verdict.PASS ? Math.abs(v.limit() - v.value().getAsDouble()) / v.limit()
				: -Math.abs(v.limit() - v.value().getAsDouble()) / v.limit();
		assertEquals(expected, margin.valueSi(), 1e-12 * Math.max(1, Math.abs(expected)), "margin = (L - v)/L of the verdict");

		XmlHtml html = XmlHtml.parse(HtmlExporter.toHtml(report));
		String status = html.text("//section[@id='summary']//tbody/tr/td[3]");
		assertEquals(v.status().json(), status, "the summary shows the verdict");
	}

	@Test
	void aDesignWithErrorsSaysWhyItWasNotSolved() {
		DesignInput design = Specs.design("bad.cryo", "system S { chamber c { volume 2 K } }\n");
		Report report = CalculationReport.build(new DesignInput(design.identity(), design.resource(), design.findings(),
				DesignSolution.notSolved("the design has 1 error(s)")));
		String html = HtmlExporter.toHtml(report);
		assertTrue(html.contains("Not solved: </strong>the design has 1 error(s)"), html);
	}

	@Test
	void torusReportHasEveryApplicableSolver() {
		Report report = solved(Specs.design(Specs.example("torus-exhaust/torus-exhaust.cryo")));
		Section solvers = report.allSections().stream().filter(s -> s.id().equals("solvers")).findFirst().orElseThrow();
		assertTrue(solvers.subsections().size() >= 2, solvers.subsections().stream().map(Section::title).toList().toString());
	}
}
