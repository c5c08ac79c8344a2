package org.cryostudio.physics.units;

import java.util.Locale;

/**
 * A value with its unit, for input parsing and for reports and the command line. Numerical code
 * works on SI doubles ({@link #si()}); this type lives at the edges.
 *
 * @param value the number in {@code unit}
 * @param unit  its unit
 */
public record Quantity(double value, Unit unit) {

	/** @return a quantity from an SI value shown in the given unit */
	public static Quantity ofSi(double si, Unit unit) {
		return new Quantity(unit.fromSi(si), unit);
	}

	/** @return the value in SI (coherent base/derived unit of the dimension; K for temperatures) */
	public double si() {
		return unit.toSi(value);
	}

	public Dimension dimension() {
		return unit.dimension();
	}

	/**
	 * @return this quantity expressed in another unit
	 * @throws IllegalArgumentException when the dimensions differ
	 */
	public Quantity to(Unit target) {
		return new Quantity(unit.convert(value, target), target);
	}

	/**
	 * Parses a number with an optional unit: "20K", "1 bar", "-196 degC", "1e-6 mbar*L/s", "77".
	 *
	 * @throws UnitParseException with the offset of the problem
	 */
	public static Quantity parse(String text) {
		String t = text == null ? "" : text;
		int i = 0, n = t.length();
		while (i < n && Character.isWhitespace(t.charAt(i))) {
			i++;
		}
		int start = i;
		if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
			i++;
		}
		int digits = 0;
		while (i < n && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) {
			digits += Character.isDigit(t.charAt(i)) ? 1 : 0;
			i++;
		}
		if (digits == 0) {
			throw new UnitParseException("expected a number", t, start);
		}
		if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
			int j = i + 1;
			if (j < n && (t.charAt(j) == '+' || t.charAt(j) == '-')) {
				j++;
			}
			if (j < n && Character.isDigit(t.charAt(j))) {
				while (j < n && Character.isDigit(t.charAt(j))) {
					j++;
				}
				i = j;
			}
		}
		double value;
		try {
			value = Double.parseDouble(t.substring(start, i));
		} catch (NumberFormatException e) {
			throw new UnitParseException("malformed number '" + t.substring(start, i) + "'", t, start);
		}
		String rest = t.substring(i);
		if (rest.isBlank()) {
			return new Quantity(value, Unit.ONE);
		}
		try {
			return new Quantity(value, Units.parse(rest));
		} catch (UnitParseException e) {
			throw new UnitParseException(e.getMessage().replaceFirst(" at offset .*", ""), t, i + e.offset());
		}
	}

	/**
	 * Parses a quantity and checks its dimension.
	 *
	 * @param expected e.g. {@link Dimension#TEMPERATURE}
	 * @throws UnitParseException when unreadable or of another dimension (offset of the unit)
	 */
	public static Quantity parse(String text, Dimension expected) {
		Quantity q = parse(text);
		if (!q.dimension().equals(expected)) {
			int at = text.length() - text.stripLeading().length();
			String unitText = q.unit().symbol();
			int idx = text.lastIndexOf(unitText);
			throw new UnitParseException("'" + unitText + "' is not a unit of " + describe(expected) + " (it is ["
					+ q.dimension() + "])", text, idx >= 0 ? idx : at);
		}
		return q;
	}

	private static String describe(Dimension d) {
		for (QuantityKind k : QuantityKind.values()) {
			if (k.dimension().equals(d)) {
				return k.label() + " (" + k.siUnit().symbol() + ")";
			}
		}
		return "[" + d + "]";
	}

	/** @return e.g. "1.23e-6 mbar*L/s" with 4 significant digits in engineering notation */
	@Override
	public String toString() {
		return format(4);
	}

	/**
	 * Formats value and unit: plain notation for 1e-3 <= |v| < 1e6, otherwise engineering notation
	 * (exponent a multiple of 3), trailing zeros removed. Locale-independent ('.' decimal point).
	 *
	 * @param significant significant digits, 1..17
	 */
	public String format(int significant) {
		String num = engineering(value, significant);
		return unit.symbol().equals("1") ? num : num + " " + unit.symbol();
	}

	/**
	 * @return the number in engineering notation with the given significant digits, e.g.
	 *         engineering(0.000012345, 3) = "12.3e-6"
	 */
	public static String engineering(double v, int significant) {
		if (!Double.isFinite(v)) {
			return Double.toString(v);
		}
		if (v == 0) {
			return "0";
		}
		int sig = Math.max(1, Math.min(17, significant));
		// round first so that 999.97 -> 1000 moves to the next exponent
		java.math.BigDecimal bd = new java.math.BigDecimal(v).round(new java.math.MathContext(sig));
		double r = bd.doubleValue();
		double a = Math.abs(r);
		if (a >= 1e-3 && a < 1e6) {
			return strip(bd.toPlainString());
		}
		int e = (int) Math.floor(Math.log10(a) + 1e-12);
		int e3 = Math.floorDiv(e, 3) * 3;
		java.math.BigDecimal mant = bd.movePointLeft(e3);
		return strip(mant.toPlainString()) + "e" + e3;
	}

	private static String strip(String s) {
		if (s.contains(".")) {
			s = s.replaceAll("0+$", "");
			if (s.endsWith(".")) {
				s = s.substring(0, s.length() - 1);
			}
		}
		return s.toLowerCase(Locale.ROOT);
	}
}
