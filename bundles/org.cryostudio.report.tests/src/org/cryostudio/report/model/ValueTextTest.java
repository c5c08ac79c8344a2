package org.cryostudio.report.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.cryostudio.physics.units.Units;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueTextTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"0.35|4|0.35",
			"295|4|295",
			"12345.678|4|12350",
			"99999.9|4|1 × 10^5",
			"0.001|4|0.001",
			"0.000999|4|9.99 × 10^−4",
			"1.234e-25|4|1.234 × 10^−25",
			"-5e-9|3|−5 × 10^−9",
			"2.2e9|6|2.2 × 10^9",
			"0|4|0" })
	void numbersUseFixedDigitsAndPowersOfTen(double value, int digits, String expected) {
		assertEquals(expected, flatten(ValueText.number(value, digits)));
	}

	@Test
	void unitsGetRaisedExponentsAndCentredDots() {
		Text t = ValueText.unit("Pa*m3/(s*m2)");
		assertEquals("Pa·m^3/(s·m^2)", flatten(t));
		assertEquals("°C", ValueText.unit("degC").plainText());
		assertEquals("µm", ValueText.unit("um").plainText());
		assertEquals("W/(m^2·K^4)", flatten(ValueText.unit("W/(m2*K4)")));
		assertEquals("1/s", ValueText.unit("1/s").plainText());
		assertEquals(List.of(), ValueText.unit("1").spans());
	}

	@Test
	void quantitiesConvertFromSiToTheShownUnit() {
		assertEquals("150 mm", ValueText.quantity(0.15, Units.parse("mm"), 4).plainText().replace('\u00a0', ' '));
		assertEquals("−196 °C", ValueText.quantity(77.15, Units.DEGREE_CELSIUS, 4).plainText().replace('\u00a0', ' '));
	}

	/** @return the text with superscripts written as ^x, to compare in one string */
	static String flatten(Text t) {
		StringBuilder b = new StringBuilder();
		for (Text.Span s : t.spans()) {
			b.append(s.style() == Text.Style.SUPERSCRIPT ? "^" + s.text() : s.text());
		}
		return b.toString();
	}
}
