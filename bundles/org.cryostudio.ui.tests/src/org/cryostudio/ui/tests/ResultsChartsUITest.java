package org.cryostudio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cryostudio.ui.charts.ChartView;
import org.cryostudio.ui.editor.CryoEditor;
import org.cryostudio.ui.results.ResultRow;
import org.cryostudio.ui.results.ResultsView;
import org.cryostudio.ui.results.SolveJob;
import org.cryostudio.ui.results.SolveResults;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A solve fills the Results view, a chart view renders, zooms and saves; saving the spec solves again. */
class ResultsChartsUITest {

	@AfterEach
	void close() {
		Specs.page().closeAllEditors(false);
	}

	@Test
	void solveFillsResultsAndAChartRenders() throws Exception {
		IProject project = Specs.project("results");
		IFile spec = Specs.file(project, "chamber.cryo", Specs.example("quickstart/chamber.cryo"));
		CryoEditor editor = Specs.open(spec);
		Specs.settle();
		ResultsView results = (ResultsView) Specs.page().showView(ResultsView.ID);
		Specs.page().activate(editor);
		Specs.page().showView(ResultsView.ID);
		assertEquals(spec, results.spec(), "the Results view follows the active editor");

		SolveJob job = results.solve();
		Specs.waitUntil("solved", 120_000, () -> job.getState() == Job.NONE && !results.rows().isEmpty());
		assertTrue(job.getResult().isOK(), job.getResult().toString());
		List<ResultRow> rows = results.rows();
		ResultRow steady = rows.stream().filter(r -> r.what().equals("vacuum.steady")).findFirst()
				.orElseThrow(() -> new AssertionError("rows: " + rows));
		assertTrue(steady.value().startsWith("ok"), steady.value());
		assertTrue(steady.children().stream().anyMatch(r -> r.kind() == ResultRow.Kind.VALUE && r.element().equals("main")),
				"values of the chamber: " + steady.children());
		ResultRow requirements = rows.stream().filter(r -> r.kind() == ResultRow.Kind.REQUIREMENTS).findFirst()
				.orElseThrow(() -> new AssertionError("the spec's requirement is judged: " + rows));
		assertTrue(requirements.children().stream().anyMatch(r -> r.what().contains("pressure")
				&& (r.kind() == ResultRow.Kind.PASS || r.kind() == ResultRow.Kind.FAIL)), "pressure(main) judged: " + requirements);
		for (ResultRow row : rows) {
			for (ResultRow child : row.children()) {
				assertFalse(child.value().contains("NaN") || child.value().contains("Infinity"), child.toString());
			}
		}
		Specs.page().toggleZoom(Specs.page().getReference(results));
		Screenshots.save("ui-results");
		Specs.page().toggleZoom(Specs.page().getReference(results));

		List<ChartView> charts = results.openCharts("vacuum.steady");
		assertFalse(charts.isEmpty(), "vacuum.steady draws a chart");
		ChartView chart = charts.get(0);
		Specs.waitUntil("chart drawn", 10_000, () -> chart.canvas().image() != null);
		assertTrue(distinctColours(chart.canvas().image().getImageData()) > 8, "the chart shows more than a blank area");
		Screenshots.save("ui-results-and-chart");
		Specs.page().toggleZoom(Specs.page().getReference(chart));
		Screenshots.save("ui-chart");
		Specs.page().toggleZoom(Specs.page().getReference(chart));

		XYPlot plot = (XYPlot) chart.canvas().chart().getPlot();
		assertTrue(chart.canvas().getClientArea().width > 300 && chart.canvas().getClientArea().height > 200,
				"the perspective gives a chart room: " + chart.canvas().getClientArea());
		double before = plot.getDomainAxis().getRange().getLength();
		Rectangle area = chart.canvas().getClientArea();
		chart.canvas().zoom(new Rectangle(area.width / 3, area.height / 3, area.width / 4, area.height / 4));
		assertTrue(plot.getDomainAxis().getRange().getLength() < before, "zoomed in");
		chart.canvas().resetZoom();
		assertEquals(before, plot.getDomainAxis().getRange().getLength(), before * 1e-9, "all data again");

		Path dir = Files.createTempDirectory("cryo-chart");
		chart.save(dir.resolve("c.png"), "png");
		chart.save(dir.resolve("c.svg"), "svg");
		byte[] png = Files.readAllBytes(dir.resolve("c.png"));
		assertEquals((byte) 0x89, png[0]);
		assertEquals("PNG", new String(png, 1, 3, StandardCharsets.US_ASCII));
		assertTrue(Files.readString(dir.resolve("c.svg")).contains("<svg"), "an SVG document");
	}

	@Test
	void savingTheSpecSolvesItAgain() throws Exception {
		IProject project = Specs.project("resolve");
		String text = Specs.example("quickstart/chamber.cryo");
		IFile spec = Specs.file(project, "chamber.cryo", text);
		CryoEditor editor = Specs.open(spec);
		Specs.settle();
		ResultsView results = (ResultsView) Specs.page().showView(ResultsView.ID);
		Specs.page().activate(editor);
		SolveJob first = results.solve();
		Specs.waitUntil("first solve", 120_000, () -> first.getState() == Job.NONE && SolveResults.latest(spec) != null);
		var before = SolveResults.latest(spec);

		editor.document().replace(text.indexOf("0.35 m3"), "0.35".length(), "0.70");
		editor.doSave(null);
		Specs.waitUntil("solved again after the save", 120_000, () -> SolveResults.latest(spec) != before
				&& Job.getJobManager().find(SolveJob.FAMILY).length == 0);
		assertNotNull(SolveResults.latest(spec));
		assertTrue(SolveResults.latest(spec).finished().isAfter(before.finished()));
		editor.document().set(text);
		editor.doSave(null);
	}

	private static int distinctColours(ImageData data) {
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < data.height; y += 3) {
			for (int x = 0; x < data.width; x += 3) {
				colours.add(data.getPixel(x, y));
			}
		}
		return colours.size();
	}
}
