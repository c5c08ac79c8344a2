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

/**
 * Absurd values get a clear, located error before any model sees them (issue 12): a negative
 * volume, 0 K, a slipped exponent (1e300 Pa), a number beyond double.
 */
class AbsurdValuesTest {

	@TempDir
	Path dir;

	@Test
	void eachAbsurdValueIsALocatedError() throws Exception {
		Path spec = dir.resolve("absurd.cryo");
		Files.writeString(spec, """
				system Absurd {
					chamber main {
						volume -0.35 m3
						wall area 3.2 m2
						wall temperature 0 K
					}
					outgassing water on main {
						gas H2O
						rate 1e300 Pa*m3/(s*m2) at 1 h
					}
					cryopump cp {
						panel temperature 12 K
						sorbent charcoal
						speed N2 1e999 L/s
					}
					tube port from main to cp {
						diameter 200 mm
						length 150 mm
					}
					require pressure(main) < 1e300 Pa after 24 h
				}
				""");
		CliRunner r = CliRunner.run("check", "--format", "json", spec.toString());
		assertEquals(1, r.exitCode(), r.out() + r.err());
		assertFalse(r.err().contains("Exception"), r.err());
		JsonArray diagnostics = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("diagnostics");
		assertMessage(diagnostics, 3, "value-range", "volume cannot be negative");
		assertMessage(diagnostics, 5, "value-range", "0 K cannot be reached");
		assertMessage(diagnostics, 9, "value-range", "beyond any physical design value");
		assertMessage(diagnostics, 14, "syntax", "number out of range: 1e999");
		assertMessage(diagnostics, 20, "value-range", "1e300 Pa is beyond any physical design value (above 1e9 Pa)");
	}

	@Test
	void solveRefusesTheSpecWithTheSameLocatedErrors() throws Exception {
		Path spec = dir.resolve("cold.cryo");
		Files.writeString(spec, "system S {\n\tchamber a {\n\t\tvolume 1 m3\n\t\twall temperature 0 K\n\t}\n}\n");
		CliRunner r = CliRunner.run("solve", "--json", spec.toString());
		assertEquals(1, r.exitCode(), r.out() + r.err());
		assertFalse(r.out().contains("NaN") || r.out().contains("Infinity"), r.out());
		assertTrue(r.out().contains("0 K cannot be reached"), r.out());
	}

	private static void assertMessage(JsonArray diagnostics, int line, String code, String text) {
		for (JsonElement e : diagnostics) {
			JsonObject d = e.getAsJsonObject();
			if (d.get("line").getAsInt() == line && d.get("code").getAsString().equals(code)
					&& d.get("message").getAsString().contains(text)) {
				return;
			}
		}
		throw new AssertionError("no [" + code + "] '" + text + "' at line " + line + " in " + diagnostics);
	}
}
