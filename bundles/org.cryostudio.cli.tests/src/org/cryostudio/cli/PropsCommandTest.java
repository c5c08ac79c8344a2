package org.cryostudio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code cryo props} per CLI.md: the JSON shape, validity flags and one-line user errors. */
class PropsCommandTest {

	@Test
	void nitrogenNormalBoilingPointAsJson() {
		CliRunner r = CliRunner.run("props", "tsat", "--gas", "N2", "--p", "1atm", "--json");
		assertEquals(0, r.exitCode(), r.err());
		JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
		assertEquals("tsat", o.get("property").getAsString());
		assertEquals("N2", o.get("gas").getAsString());
		assertEquals("K", o.get("unit").getAsString());
		// NIST/CoolProp: N2 normal boiling point 77.355 K (Span et al. 2000 EoS)
		assertEquals(77.355, o.get("value").getAsDouble(), 0.01);
		assertTrue(o.get("valid").getAsBoolean());
		assertEquals(101325.0, o.getAsJsonObject("inputs").getAsJsonObject("p").get("value").getAsDouble(), 1e-9);
		assertTrue(o.has("model") && o.has("source") && o.has("validRange"), r.out());
	}

	@Test
	void liquidDensityBelowTheTriplePointIsMarkedInvalidWithAWarning() {
		CliRunner r = CliRunner.run("props", "rho", "--gas", "N2", "--T", "50K", "--p", "1bar", "--json");
		assertEquals(0, r.exitCode(), r.err());
		JsonObject o = JsonParser.parseString(r.out()).getAsJsonObject();
		assertFalse(o.get("valid").getAsBoolean(), r.out());
		assertTrue(r.err().startsWith("cryo: warning: "), r.err());
	}

	@Test
	void textOutputNamesModelAndSource() {
		CliRunner r = CliRunner.run("props", "psat", "--gas", "Ar", "--T", "87.3K");
		assertEquals(0, r.exitCode(), r.err());
		assertTrue(r.out().startsWith("psat(Ar, T = 87.3 K) = "), r.out());
		assertTrue(r.out().contains("model:") && r.out().contains("source:"), r.out());
	}

	@Test
	void unknownGasAndWrongDimensionAreOneLineUsageErrors() {
		CliRunner gas = CliRunner.run("props", "psat", "--gas", "Unobtainium", "--T", "20K");
		assertEquals(2, gas.exitCode());
		assertTrue(gas.err().startsWith("cryo: unknown gas 'Unobtainium'"), gas.err());
		assertEquals(1, gas.err().strip().lines().count(), gas.err());
		CliRunner unit = CliRunner.run("props", "psat", "--gas", "N2", "--T", "20bar");
		assertEquals(2, unit.exitCode());
		assertTrue(unit.err().contains("--T"), unit.err());
		assertFalse(unit.err().contains("Exception"), unit.err());
	}
}
