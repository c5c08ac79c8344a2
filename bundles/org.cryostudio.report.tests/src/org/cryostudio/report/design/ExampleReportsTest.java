package org.cryostudio.report.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cryostudio.report.fixtures.Poppler;
import org.cryostudio.report.fixtures.Specs;
import org.cryostudio.report.fixtures.XmlHtml;
import org.cryostudio.report.html.HtmlExporter;
import org.cryostudio.report.model.Report;
import org.cryostudio.report.model.Section;
import org.cryostudio.report.pdf.PdfExporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reports on every bundled example: both formats are produced, readable, deterministic, and every
 * input the report cites really is written on the line it names.
 */
class ExampleReportsTest {

	static Stream<Path> examples() throws Exception {
		Path root = Specs.example("");
		try (Stream<Path> files = Files.walk(root)) {
			List<Path> specs = files.filter(p -> p.toString().endsWith(".cryo"))
					.filter(p -> !root.relativize(p).toString().startsWith("invalid")).sorted().toList();
			assertFalse(specs.isEmpty(), "no example under " + root);
			return specs.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyCitedLineHoldsTheValue(Path spec) throws Exception {
		DesignInput design = Specs.design(spec);
		List<String> lines = Files.readAllLines(spec, StandardCharsets.UTF_8);
		String name = spec.getFileName().toString();
		int checked = 0;
		for (InputValue v : SpecInputs.flat(design.resource())) {
			if (!v.file().equals(name)) {
				continue; // a value of a catalog type in another file
			}
			assertTrue(v.line() >= 1 && v.line() <= lines.size(), v + " cites no line of " + name);
			String cited = lines.get(v.line() - 1).replaceAll("\\s+", " ");
			// lists written over several lines are cited at their first entry
			String first = v.written().split(", ")[0];
			assertTrue(cited.contains(first), v.key() + " = " + v.written() + " cites line " + v.line() + ": " + cited);
			checked++;
		}
		assertTrue(checked > 0, "no input read from " + name);
	}

	@ParameterizedTest
	@MethodSource("examples")
	void bothFormatsAreReadableAndDeterministic(Path spec) throws Exception {
		Report report = CalculationReport.build(Specs.design(spec));
		String html = HtmlExporter.toHtml(report);
		byte[] pdf = PdfExporter.toPdf(report);
		assertEquals(html, HtmlExporter.toHtml(CalculationReport.build(Specs.design(spec))), "HTML differs between two runs");
		assertArrayEquals(pdf, PdfExporter.toPdf(CalculationReport.build(Specs.design(spec))), "PDF differs between two runs");

		XmlHtml parsed = XmlHtml.parse(html);
		Path out = Path.of(System.getProperty("cryo.test.output", "target/test-output")).resolve("examples");
		Files.createDirectories(out);
		String base = spec.getFileName().toString().replace(".cryo", "");
		Files.writeString(out.resolve(base + ".html"), html);
		Path pdfFile = out.resolve(base + ".pdf");
		Files.write(pdfFile, pdf);
		String text = Poppler.text(pdfFile);
		for (Section s : report.sections()) {
			assertEquals(1, parsed.all("//section[@id='" + s.id() + "']/*[self::h2]").size(), s.id());
			assertTrue(text.contains(s.title()), "PDF lacks section '" + s.title() + "'");
		}
		assertTrue(text.contains(report.title()), report.title());
		assertFalse(text.contains("NaN") || text.contains("Infinity") || html.contains("NaN") || html.contains("Infinity"));
	}
}
