package org.cryostudio.diagram.core.edit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A value typed by the user, "0.35 m3" or "1e-6 Pa", split into its number and unit text. */
public record QuantityText(double value, String unit) {

	private static final Pattern FORM = Pattern.compile("\\s*(-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)\\s*(.*?)\\s*");

	/** @throws EditRefusedException when the text does not start with a number */
	public static QuantityText parse(String text) throws EditRefusedException {
		Matcher m = FORM.matcher(text);
		if (!m.matches()) {
			throw new EditRefusedException("'" + text.strip() + "' is not a number with a unit, e.g. 0.35 m3");
		}
		String unit = m.group(2).replaceAll("\\s+", "");
		if (!unit.isEmpty() && !unit.matches("[A-Za-z_%(][A-Za-z0-9_%*/()]*|1/[A-Za-z_(][A-Za-z0-9_*/()]*")) {
			throw new EditRefusedException("'" + m.group(2) + "' is not a unit, e.g. m3, L/s, Pa*m3/(s*m2)");
		}
		return new QuantityText(Double.parseDouble(m.group(1)), unit);
	}
}
