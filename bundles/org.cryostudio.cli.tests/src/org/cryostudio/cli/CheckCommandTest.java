package org.cryostudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class CheckCommandTest {

	@TempDir
	Path dir;

	@Test
	void quickstartExampleIsClean() {
		CliRunner r = CliRunner.run("check", CliRunner.example("quickstart/chamber.cryo"));
		assertEquals(0, r.exitCode(), r.out() + r.err());
		assertEquals("", r.out());
		assertTrue(r.err().contains("0 error(s)"), r.err());
	}

	@Test
	void syntaxErrorsAreLocatedAndEveryOneIsReported() throws Exception {
		Path broken = dir.resolve("broken.cryo");
		Files.writeString(broken, """
				system S {
					chamber a {
						volume 2 m3
					}}
					chamber b { volume }
				}
				""");
		CliRunner r = CliRunner.run("check", "--format", "json", broken.toString());
		assertEquals(1, r.exitCode(), r.err());
		JsonArray diagnostics = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("diagnostics");
		assertTrue(diagnostics.size() >= 1, r.out());
		JsonObject first = diagnostics.get(0).getAsJsonObject();
		assertEquals("syntax", first.get("code").getAsString());
		assertEquals("error", first.get("severity").getAsString());
		assertEquals(broken.toString(), first.get("file").getAsString());
		assertTrue(first.get("line").getAsInt() >= 5, r.out());
	}

	@Test
	void textFormatIsFileLineColumnSeverityMessageCode() throws Exception {
		Path broken = dir.resolve("ref.cryo");
		Files.writeString(broken, "system S {\n\ttube t from nowhere to a { }\n\tchamber a { }\n}\n");
		CliRunner r = CliRunner.run("check", broken.toString());
		assertEquals(1, r.exitCode());
		assertTrue(r.out().startsWith(broken + ":2:14: error: "), r.out());
		assertTrue(r.out().trim().endsWith("[unresolved-reference]"), r.out());
	}

	@Test
	void sarifIsVersion210WithLocatedResults() throws Exception {
		Path broken = dir.resolve("s.cryo");
		Files.writeString(broken, "system S { chamber a { volume 2 } }\n");
		CliRunner r = CliRunner.run("check", "--format", "sarif", broken.toString());
		assertEquals(1, r.exitCode());
		JsonObject sarif = JsonParser.parseString(r.out()).getAsJsonObject();
		assertEquals("2.1.0", sarif.get("version").getAsString());
		JsonObject run = sarif.getAsJsonArray("runs").get(0).getAsJsonObject();
		assertEquals("cryo", run.getAsJsonObject("tool").getAsJsonObject("driver").get("name").getAsString());
		JsonObject result = run.getAsJsonArray("results").get(0).getAsJsonObject();
		assertEquals("error", result.get("level").getAsString());
		JsonObject region = result.getAsJsonArray("locations").get(0).getAsJsonObject()
				.getAsJsonObject("physicalLocation").getAsJsonObject("region");
		assertEquals(1, region.get("startLine").getAsInt());
	}

	/** fuzzer findings (issue 12): exponents beyond int and absurd unit powers are located unit errors */
	@Test
	void hostileUnitExponentsAreLocatedErrorsNotCrashes() throws Exception {
		Path hostile = dir.resolve("hostile.cryo");
		Files.writeString(hostile, "system S {\n\tchamber a { volume 2 m2147483648 }\n\tchamber b { volume 2 m99999999999999999999 }\n}\n");
		CliRunner r = CliRunner.run("check", "--format", "json", hostile.toString());
		assertEquals(1, r.exitCode(), r.out() + r.err());
		assertFalse(r.err().contains("Exception"), r.err());
		JsonArray diagnostics = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("diagnostics");
		assertEquals(2, diagnostics.size(), r.out());
		for (int i = 0; i < 2; i++) {
			JsonObject d = diagnostics.get(i).getAsJsonObject();
			assertEquals(i + 2, d.get("line").getAsInt(), r.out());
			assertTrue(d.get("message").getAsString().contains("out of range"), r.out());
		}
	}

	@Test
	void missingFileIsOneLineAndExitTwo() {
		CliRunner r = CliRunner.run("check", "no/such/file.cryo");
		assertEquals(2, r.exitCode());
		assertEquals("cryo: no/such/file.cryo: no such file", r.err().trim());
		assertFalse(r.err().contains("Exception"));
	}

	@Test
	void onlyCryoSpecsAreRead() throws Exception {
		Path xml = dir.resolve("evil.xmi");
		Files.writeString(xml, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
		CliRunner r = CliRunner.run("check", xml.toString());
		assertEquals(2, r.exitCode());
		assertEquals("cryo: " + xml + ": not a .cryo spec", r.err().trim());
	}

	@Test
	void unknownOptionIsUsageErrorExitTwo() {
		CliRunner r = CliRunner.run("check", "--colour", "x.cryo");
		assertEquals(2, r.exitCode());
		assertTrue(r.err().startsWith("cryo: Unknown option"), r.err());
	}

	@Test
	void versionAndHelp() {
		CliRunner v = CliRunner.run("--version");
		assertEquals(0, v.exitCode());
		assertTrue(v.out().startsWith("cryo "), v.out());
		CliRunner h = CliRunner.run("help");
		assertEquals(0, h.exitCode());
		assertTrue(h.out().contains("check"), h.out());
		assertTrue(h.out().contains("lsp"), h.out());
	}
}
