package org.cryostudio.physics.props;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.cryostudio.physics.model.ValidityRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The facade behind {@code cryo props} (CLI.md): inputs with units, SI answers, JSON contract, user errors. */
class PropertyCalculatorTest {

	@Test
	void vapourPressureOfNitrogen() {
		PropertyResult r = PropertyCalculator.calculate("psat", "N2", "77 K", null);
		assertTrue(r.valid());
		// saturation_pressure_roundT.csv (CoolProp 8.0.0): 97171 Pa... within 0.1 %
		assertEquals(97152.3, r.value(), 0.001 * r.value());
		assertEquals("Pa", r.unit());
		assertEquals(Map.of("T", new PropertyResult.Input(77, "K")), r.inputs());
	}

	@Test
	void jsonFollowsTheCliContract() {
		PropertyResult r = PropertyCalculator.calculate("h", "He", "4.2K", "1bar");
		String json = r.toJson();
		assertTrue(json.startsWith("{\"property\":\"h\",\"gas\":\"He\",\"inputs\":{\"T\":{\"value\":4.2,\"unit\":\"K\"},"
				+ "\"p\":{\"value\":100000,\"unit\":\"Pa\"}},\"value\":"), json);
		assertTrue(json.contains(",\"unit\":\"J/kg\",\"model\":\""), json);
		assertTrue(json.contains("\"valid\":true,\"validRange\":{\"T\":{\"min\":2.1768,\"max\":2000,\"unit\":\"K\"},"), json);
		assertTrue(json.endsWith("}}"));
		assertTrue(JsonCheck.isValid(json), json);
	}

	@Test
	void jsonEscapesStrings() {
		PropertyResult r = new PropertyResult("x\"y", "a\\b", Map.of(), 1.5, "u\n", "m\t", "s\u0001", false,
				List.of(new ValidityRange("T", 1, 2, "K")), List.of());
		String json = r.toJson();
		assertTrue(json.contains("\"x\\\"y\"") && json.contains("\"a\\\\b\"") && json.contains("\"u\\n\"")
				&& json.contains("\"m\\t\"") && json.contains("\"s\\u0001\""), json);
		assertTrue(JsonCheck.isValid(json), json);
	}

	@Test
	void invalidAnswersCarryAWarning() {
		PropertyResult he = PropertyCalculator.calculate("rho", "He", "1.8K", "1bar");
		assertFalse(he.valid());
		assertTrue(he.warnings().get(0).contains("lambda"));
		assertTrue(he.toJson().contains("\"valid\":false"));
		PropertyResult d2 = PropertyCalculator.calculate("psat", "D2", "4K", null);
		assertFalse(d2.valid());
	}

	@Test
	void everyPropertyAnswers() {
		for (PropertyCalculator.Property p : PropertyCalculator.Property.values()) {
			PropertyResult r = PropertyCalculator.calculate(p.id(), "N2", "300K", "1bar");
			assertTrue(Double.isFinite(r.value()), p.id());
			assertEquals(p.unit(), r.unit());
			assertTrue(JsonCheck.isValid(r.toJson()), r.toJson());
		}
		// mean free path of N2 at 300 K and 1 Pa: 6.6-6.8 mm (Kaye & Laby hard-sphere value 6.6 mm)
		PropertyResult mfp = PropertyCalculator.calculate("mfp", "N2", "300K", "1Pa");
		assertEquals(6.7e-3, mfp.value(), 0.2e-3);
		// temperatures in degC and pressures in torr are converted
		assertEquals(PropertyCalculator.calculate("rho", "Ar", "300K", "760torr").value(),
				PropertyCalculator.calculate("rho", "Ar", "26.85 degC", "1atm").value(), 1e-9);
	}

	@ParameterizedTest(name = "{0} {1} T={2} p={3}")
	@CsvSource(delimiter = ';', nullValues = "null", value = {
			"psat; Foo; 77K; null; unknown gas 'Foo'",
			"psat; N2; null; null; needs --T",
			"psat; N2; 1bar; null; --T: 'bar' is not a unit of temperature",
			"rho; N2; 77K; 3 kelvin; --p: unknown unit 'kelvin'",
			"xx; N2; 77K; null; unknown property 'xx'",
			"psat; N2; 77; null; --T: '77' needs a unit",
			"psat; N2; -5K; null; must be above 0 K",
			"tsat; N2; null; abc; --p: expected a number" })
	void userMistakesGiveOneLineMessages(String prop, String gas, String t, String p, String expected) {
		PropertyInputException e = assertThrows(PropertyInputException.class,
				() -> PropertyCalculator.calculate(prop, gas, t, p));
		assertTrue(e.getMessage().contains(expected), e.getMessage());
		assertFalse(e.getMessage().contains("\n"));
	}
}
