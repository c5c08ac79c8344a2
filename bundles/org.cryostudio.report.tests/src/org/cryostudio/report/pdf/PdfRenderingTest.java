package org.cryostudio.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cryostudio.report.fixtures.Poppler;
import org.cryostudio.report.fixtures.SampleReport;
import org.cryostudio.report.model.Numbering;
import org.cryostudio.report.model.Report;
import org.cryostudio.report.model.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the exported PDF with poppler, as a reviewer's viewer would: the contents cite the pages
 * the sections are on, every page has its number, the chart is vector art, and every page,
 * rendered to PNG, shows something. The PNGs stay in the test output for a person to look at.
 */
class PdfRenderingTest {

	private static final Report REPORT = SampleReport.build(70);
	private static Path pdf;
	private static int pages;

	@BeforeAll
	static void write() throws Exception {
		Path out = Path.of(System.getProperty("cryo.test.output", "target/test-output"));
		Files.createDirectories(out);
		pdf = out.resolve("sample-long.pdf");
		Files.write(pdf, PdfExporter.toPdf(REPORT));
		pages = Poppler.pages(pdf);
	}

	@Test
	void longTablesBreakAcrossPages() {
		assertTrue(pages >= 4, "70 extra table rows need several pages: " + pages);
	}

	@Test
	void contentsCiteThePageOfEachSection() {
		String first = Poppler.text(pdf, 1);
		Numbering numbering = new Numbering(REPORT);
		for (Section s : REPORT.allSections()) {
			String number = numbering.of(s);
			String start = s.title().substring(0, Math.min(12, s.title().length()));
			Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(number) + "\\s+" + Pattern.quote(start)
					+ ".*?(\\d+)\\s*$").matcher(first);
			assertTrue(m.find(), "contents line of " + number + " in:\n" + first);
			int page = Integer.parseInt(m.group(1));
			assertTrue(page >= 2 && page <= pages, number + " on page " + page);
			String text = Poppler.text(pdf, page);
			assertTrue(Pattern.compile("(?m)^\\s*" + Pattern.quote(number) + "\\s+" + Pattern.quote(start))
					.matcher(text).find(), "section " + number + " is on page " + page + ":\n" + text);
		}
	}

	@Test
	void everyPageButTheFirstHasItsNumber() {
		for (int p = 2; p <= pages; p++) {
			assertTrue(Poppler.text(pdf, p).contains("Page " + p + " of " + pages), "page " + p);
		}
	}

	@Test
	void userTextIsPrintedAsWritten() {
		String all = Poppler.text(pdf);
		assertTrue(all.contains("<script>alert('x')</script> & \"quotes\""), all);
	}

	@Test
	void chartsAreVectorArt() {
		assertEquals(0, Poppler.rasterImages(pdf), "a figure was embedded as a raster image");
	}

	@Test
	void renderedPagesAreNotBlank() throws Exception {
		Path dir = pdf.resolveSibling("sample-long-png");
		List<Path> pngs = Poppler.render(pdf, dir, "page", 40);
		assertEquals(pages, pngs.size());
		for (Path png : pngs) {
			double inked = Poppler.inked(png);
			// a page of text covers several per cent of the page; a blank or header-only page well under one
			assertTrue(inked > 0.01, png.getFileName() + " is nearly blank: " + inked);
		}
	}
}
