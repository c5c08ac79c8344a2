package org.cryostudio.report.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cryostudio.report.fixtures.SampleReport;
import org.cryostudio.report.model.Report;
import org.junit.jupiter.api.Test;

class PdfExporterTest {

	@Test
	void sameReportGivesSameBytes() {
		Report r = SampleReport.build(3);
		assertArrayEquals(PdfExporter.toPdf(r), PdfExporter.toPdf(SampleReport.build(3)));
	}

	@Test
	void creationDateIsTheReportDate() {
		String pdf = new String(PdfExporter.toPdf(SampleReport.build(0)), StandardCharsets.ISO_8859_1);
		assertTrue(pdf.contains("/CreationDate(D:20260314093000+01'00')"), pdf.substring(pdf.lastIndexOf("trailer") - 600));
	}

	@Test
	void writesSampleForInspection() throws Exception {
		Path out = Path.of(System.getProperty("cryo.test.output", "target/test-output"));
		Files.createDirectories(out);
		Files.write(out.resolve("sample.pdf"), PdfExporter.toPdf(SampleReport.build(60)));
		assertEquals('%', Files.readAllBytes(out.resolve("sample.pdf"))[0]);
	}
}
