package org.cryostudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code cryo solve} follows the contract of CLI.md. */
class SolveCommandTest {

	@TempDir
	Path dir;

	@Test
	void listShowsIdAndDescriptionPerLine() {
		CliRunner r = CliRunner.run("solve", "--list");
		assertEquals(0, r.exitCode(), r.err());
		assertTrue(r.out().lines().anyMatch(l -> l.startsWith("vacuum.steady: ")), r.out());
		assertTrue(r.out().lines().anyMatch(l -> l.startsWith("vacuum.pumpdown: ")), r.out());
		assertTrue(r.out().lines().allMatch(l -> l.matches("[a-z0-9.-]+: .+")), r.out());
	}

	@Test
	void jsonIsOneDocumentWithUnitsAndNoNaN() {
		CliRunner r = CliRunner.run("solve", "--json", CliRunner.example("quickstart/chamber.cryo"));
		assertEquals(0, r.exitCode(), r.err());
		JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
		assertTrue(doc.get("file").getAsString().endsWith("chamber.cryo"));
		JsonArray solvers = doc.getAsJsonArray("solvers");
		assertTrue(solvers.size() >= 2, r.out());
		for (JsonElement e : solvers) {
			JsonObject s = e.getAsJsonObject();
			assertEquals("ok", s.get("status").getAsString(), s.toString());
			for (JsonElement scalar : s.getAsJsonArray("scalars")) {
				JsonObject o = scalar.getAsJsonObject();
				assertTrue(Double.isFinite(o.get("value").getAsDouble()));
				assertFalse(o.get("unit").getAsString().isEmpty());
			}
			for (JsonElement series : s.getAsJsonArray("series")) {
				JsonObject x = series.getAsJsonObject().getAsJsonObject("x");
				assertFalse(x.get("unit").getAsString().isEmpty());
			}
		}
		assertEquals(0, doc.getAsJsonArray("diagnostics").size());
		assertFalse(r.out().contains("NaN") || r.out().contains("Infinity"));
	}

	@Test
	void outWritesPngAndSvgCharts() throws Exception {
		Path out = dir.resolve("charts");
		CliRunner r = CliRunner.run("solve", "--solver", "vacuum.pumpdown", "--out", out.toString(),
				CliRunner.example("quickstart/chamber.cryo"));
		assertEquals(0, r.exitCode(), r.err());
		assertTrue(Files.size(out.resolve("vacuum.pumpdown-pumpdown.png")) > 1000);
		assertTrue(Files.readString(out.resolve("vacuum.pumpdown-pumpdown.svg")).contains("<svg"));
		assertTrue(r.out().startsWith("vacuum.pumpdown: ok"), r.out());
	}

	@Test
	void unknownSolversAndAMissingFileAreUsageErrors() {
		CliRunner unknown = CliRunner.run("solve", "--solver", "nope", CliRunner.example("quickstart/chamber.cryo"));
		assertEquals(2, unknown.exitCode());
		assertTrue(unknown.err().contains("unknown solver 'nope'") && unknown.err().contains("vacuum.steady"), unknown.err());
		CliRunner missing = CliRunner.run("solve", "--json");
		assertEquals(2, missing.exitCode());
	}

	@Test
	void aSpecWithErrorsIsNotSolved() throws Exception {
		Path broken = dir.resolve("broken.cryo");
		Files.writeString(broken, "system S {\n\tchamber a { volume 2 }\n}\n");
		CliRunner r = CliRunner.run("solve", "--json", broken.toString());
		assertEquals(1, r.exitCode(), r.out() + r.err());
		JsonObject doc = JsonParser.parseString(r.out()).getAsJsonObject();
		assertEquals(0, doc.getAsJsonArray("solvers").size());
		assertTrue(doc.getAsJsonArray("diagnostics").size() > 0);
	}
}
