package org.cryostudio.report.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cryostudio.physics.units.Quantity;
import org.cryostudio.physics.units.Unit;

/**
 * How numbers and units read in a report: a fixed number of significant digits, plain notation
 * between 0.001 and 100 000, otherwise "1.25 × 10⁻⁹" as vacuum engineers write it; units with
 * raised exponents and a centred dot ("Pa·m³/s"). Locale-independent, so a report reads the same
 * on every machine.
 */
public final class ValueText {

	/** Significant digits of computed values. */
	public static final int RESULT_DIGITS = 4;
	/** Significant digits of SI conversions of inputs (enough to check them by hand). */
	public static final int INPUT_DIGITS = 6;

	private static final Pattern UNIT_TOKEN = Pattern.compile("([A-Za-z%]+)(-?\\d+)?|(\\d+)|([*/()])");

	private ValueText() {
	}

	/** @return the number with {@code significant} digits, e.g. "0.0125", "1.25 × 10⁻⁹" */
	public static Text number(double value, int significant) {
		Text.Builder b = Text.builder();
		appendNumber(b, value, significant);
		return b.build();
	}

	/** @return value and unit, e.g. "5.9 × 10⁻¹¹ Pa" */
	public static Text quantity(Quantity q, int significant) {
		Text.Builder b = Text.builder();
		appendNumber(b, q.value(), significant);
		if (!q.unit().symbol().equals("1")) {
			b.plain("\u00a0").add(unit(q.unit().symbol()));
		}
		return b.build();
	}

	/** @return an SI value shown in the given unit */
	public static Text quantity(double si, Unit unit, int significant) {
		return quantity(Quantity.ofSi(si, unit), significant);
	}

	/** Appends the number (see {@link #number}). */
	public static void appendNumber(Text.Builder b, double value, int significant) {
		if (!Double.isFinite(value)) {
			b.plain(Double.isNaN(value) ? "not a number" : value > 0 ? "∞" : "−∞");
			return;
		}
		if (value == 0) {
			b.plain("0");
			return;
		}
		BigDecimal rounded = new BigDecimal(value).round(new MathContext(Math.max(1, Math.min(17, significant))));
		double abs = Math.abs(rounded.doubleValue());
		String sign = rounded.signum() < 0 ? "−" : "";
		if (abs >= 1e-3 && abs < 1e5) {
			b.plain(sign + strip(rounded.abs().toPlainString()));
			return;
		}
		int exponent = rounded.precision() - rounded.scale() - 1;
		BigDecimal mantissa = rounded.abs().movePointLeft(exponent);
		b.plain(sign + strip(mantissa.toPlainString()) + " × 10");
		b.add(exponent < 0 ? "−" + (-exponent) : Integer.toString(exponent), Text.Style.SUPERSCRIPT);
	}

	/**
	 * @return a unit symbol as typeset text: "Pa*m3/(s*m2)" reads "Pa·m³/(s·m²)", "degC" reads "°C",
	 *         "um" reads "µm"; an empty text for the dimensionless unit "1"
	 */
	public static Text unit(String symbol) {
		Text.Builder b = Text.builder();
		if (symbol.equals("1") || symbol.isEmpty()) {
			return b.build();
		}
		Matcher m = UNIT_TOKEN.matcher(symbol);
		int at = 0;
		while (m.find()) {
			if (m.start() > at) {
				b.plain(symbol.substring(at, m.start()));
			}
			if (m.group(1) != null) {
				b.plain(atom(m.group(1)));
				if (m.group(2) != null) {
					b.add(m.group(2).replace('-', '−'), Text.Style.SUPERSCRIPT);
				}
			} else if (m.group(3) != null) {
				b.plain(m.group(3));
			} else {
				b.plain(m.group(4).equals("*") ? "·" : m.group(4));
			}
			at = m.end();
		}
		if (at < symbol.length()) {
			b.plain(symbol.substring(at));
		}
		return b.build();
	}

	private static String atom(String a) {
		return switch (a) {
			case "degC" -> "°C";
			case "deg" -> "°";
			case "ohm" -> "Ω";
			default -> a.length() > 1 && a.charAt(0) == 'u' && Character.isUpperCase(a.charAt(1)) || a.equals("um")
					|| a.equals("umol") || a.equals("us") ? "µ" + a.substring(1) : a;
		};
	}

	private static String strip(String s) {
		if (s.indexOf('.') >= 0) {
			s = s.replaceAll("0+$", "");
			if (s.endsWith(".")) {
				s = s.substring(0, s.length() - 1);
			}
		}
		return s;
	}
}
