package org.cryostudio.report.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.cryostudio.report.fixtures.Specs;
import org.cryostudio.report.html.HtmlExporter;
import org.cryostudio.report.model.Report;
import org.cryostudio.report.pdf.PdfExporter;
import org.junit.jupiter.api.Test;

class CalculationReportTest {

	@Test
	void quickstartReportWrites() throws Exception {
		Report r = CalculationReport.build(Specs.design(Specs.example("quickstart/chamber.cryo")));
		Path out = Path.of(System.getProperty("cryo.test.output", "target/test-output"));
		Files.createDirectories(out);
		Files.writeString(out.resolve("quickstart.html"), HtmlExporter.toHtml(r));
		Files.write(out.resolve("quickstart.pdf"), PdfExporter.toPdf(r));
		assertEquals("Calculation report: QuickstartChamber", r.title());
		assertTrue(r.allSections().size() >= 7);
	}
}
