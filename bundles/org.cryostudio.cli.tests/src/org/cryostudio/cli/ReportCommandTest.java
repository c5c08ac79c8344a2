package org.cryostudio.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class ReportCommandTest {

	@TempDir
	Path dir;

	@Test
	void writesHtmlAndPdfIntoTheOutputDirectory() throws Exception {
		CliRunner r = CliRunner.run("report", CliRunner.example("quickstart/chamber.cryo"), "--out", dir.toString());
		assertEquals(0, r.exitCode(), r.err());
		Path html = dir.resolve("chamber.html");
		Path pdf = dir.resolve("chamber.pdf");
		assertEquals(html + "\n" + pdf + "\n", r.out().replace("\r", ""));
		assertTrue(Files.readString(html).contains("Calculation report: QuickstartChamber"));
		byte[] bytes = Files.readAllBytes(pdf);
		assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(2, files.count(), "no temporary file left behind");
		}
	}

	@Test
	void oneFormatOnlyAndJson() throws Exception {
		CliRunner r = CliRunner.run("report", CliRunner.example("quickstart/chamber.cryo"), "--out", dir.toString(), "--format", "PDF",
				"--json");
		assertEquals(0, r.exitCode(), r.err());
		JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
		assertEquals(1, json.getAsJsonArray("reports").size());
		assertEquals("pdf", json.getAsJsonArray("reports").get(0).getAsJsonObject().get("format").getAsString());
		assertFalse(Files.exists(dir.resolve("chamber.html")));
		assertTrue(Files.size(dir.resolve("chamber.pdf")) > 1000);
	}

	@Test
	void fixedDateGivesTheSameBytes() throws Exception {
		// SOURCE_DATE_EPOCH cannot be set from inside the JVM; two runs in the same second share the date to the second
		Path a = dir.resolve("a");
		Path b = dir.resolve("b");
		CliRunner.run("report", CliRunner.example("quickstart/chamber.cryo"), "--out", a.toString(), "--format", "html");
		CliRunner.run("report", CliRunner.example("quickstart/chamber.cryo"), "--out", b.toString(), "--format", "html");
		String x = Files.readString(a.resolve("chamber.html")).replaceAll("20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d(:\\d\\d)? [+-]\\d\\d:\\d\\d", "DATE");
		String y = Files.readString(b.resolve("chamber.html")).replaceAll("20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d(:\\d\\d)? [+-]\\d\\d:\\d\\d", "DATE");
		assertEquals(x, y, "the same input gives the same report apart from the date");
	}

	@Test
	void designWithErrorsIsReportedAndExitsOne() throws Exception {
		Path spec = dir.resolve("bad.cryo");
		Files.writeString(spec, "import \"<script>alert(1)</script>.cryo\"\nsystem S {\n\tchamber c { volume 3 K }\n}\n");
		CliRunner r = CliRunner.run("report", spec.toString(), "--format", "html");
		assertEquals(1, r.exitCode(), r.err());
		assertTrue(r.err().contains("error(s)"), r.err());
		String html = Files.readString(dir.resolve("bad.html"));
		assertTrue(html.contains("unit-dimension"), "the unit finding is listed");
		assertTrue(html.contains("import-not-found") && html.contains("&lt;script&gt;"), "the import finding shows the name as text");
		assertFalse(html.contains("<script>"));
	}

	@Test
	void userMistakesAreOneLineWithExitTwo() throws Exception {
		CliRunner missing = CliRunner.run("report", dir.resolve("nope.cryo").toString());
		assertEquals(2, missing.exitCode());
		assertEquals(1, missing.err().strip().lines().count(), missing.err());
		assertTrue(missing.err().contains("nope.cryo: no such file"), missing.err());

		CliRunner format = CliRunner.run("report", CliRunner.example("quickstart/chamber.cryo"), "--out", dir.toString(), "--format",
				"docx");
		assertEquals(2, format.exitCode());
		assertTrue(format.err().contains("unknown report format 'docx'"), format.err());
	}

	@Test
	void aFailedWriteKeepsThePreviousReport() throws Exception {
		Path out = dir.resolve("out");
		Files.createDirectories(out);
		Files.writeString(out.resolve("chamber.html"), "previous");
		// a directory where the PDF should go makes that write fail after rendering
		Files.createDirectories(out.resolve("chamber.pdf"));
		Files.writeString(out.resolve("chamber.pdf").resolve("keep"), "x");
		CliRunner r = CliRunner.run("report", CliRunner.example("quickstart/chamber.cryo"), "--out", out.toString());
		assertEquals(2, r.exitCode(), r.out() + r.err());
		// progress lines of the solvers come first; the failure is one line, without a stack trace
		assertEquals(1, r.err().lines().filter(l -> l.startsWith("cryo:")).count(), r.err());
		assertTrue(r.err().contains("cannot write the report") && !r.err().contains("\tat "), r.err());
		try (Stream<Path> files = Files.list(out)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary files are removed");
		}
		assertArrayEquals("x".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out.resolve("chamber.pdf").resolve("keep")));
	}

	/** fuzzer finding (issue 12): a spec too deeply nested to parse is a design error (exit 1), located, not an I/O error */
	@Test
	void tooDeeplyNestedSpecIsALocatedDesignError() throws Exception {
		Path deep = Files.createTempDirectory("deep").resolve("deep.cryo");
		Files.writeString(deep, "system S {\n\tchamber a " + "{".repeat(300) + "\n}\n");
		for (String command : new String[] { "report", "solve" }) {
			CliRunner r = command.equals("report") ? CliRunner.run("report", deep.toString(), "--out", deep.getParent().resolve("out").toString())
					: CliRunner.run("solve", "--json", deep.toString());
			assertEquals(1, r.exitCode(), command + ": " + r.out() + r.err());
			assertFalse(r.err().contains("Exception"), r.err());
			assertTrue((r.err() + r.out()).contains(":2:") || r.out().contains("\"line\": 2"), command + ": " + r.out() + r.err());
		}
	}
}
