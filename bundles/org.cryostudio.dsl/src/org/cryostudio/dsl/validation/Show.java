package org.cryostudio.dsl.validation;

import org.cryostudio.dsl.units.SpecQuantities;
import org.cryostudio.physics.units.Quantity;
import org.cryostudio.physics.units.Unit;
import org.cryostudio.physics.units.UnitParseException;

/**
 * Numbers in rule messages: three significant digits, engineering notation outside 1e-3..1e6, SI
 * or the unit the spec wrote. Rules only report finite numbers; a non-finite one prints as "?"
 * rather than "NaN" or "Infinity".
 */
final class Show {

	private Show() {
	}

	/** @return three significant digits: plain from 1e-3 to below 1e6 ("42.3", "101000"), else "1.2e-9" */
	static String number(double value) {
		if (!Double.isFinite(value)) {
			return "?";
		}
		if (value == 0) {
			return "0";
		}
		java.math.BigDecimal rounded = new java.math.BigDecimal(value).round(new java.math.MathContext(3));
		double a = Math.abs(rounded.doubleValue());
		if (a >= 1e-3 && a < 1e6) {
			return strip(rounded.toPlainString());
		}
		int exponent = rounded.precision() - rounded.scale() - 1;
		return strip(rounded.movePointLeft(exponent).toPlainString()) + "e" + exponent;
	}

	private static String strip(String s) {
		if (s.contains(".")) {
			s = s.replaceAll("0+$", "");
			if (s.endsWith(".")) {
				s = s.substring(0, s.length() - 1);
			}
		}
		return s;
	}

	/** @return e.g. "42.3 K" */
	static String si(double value, String unit) {
		return number(value) + " " + unit;
	}

	/** @return a temperature in K */
	static String kelvin(double value) {
		return si(value, "K");
	}

	/** @return a pressure in Pa, with bar added from 10 kPa up: "1e6 Pa (10 bar)" */
	static String pascal(double value) {
		String pa = si(value, "Pa");
		return value >= 1e4 && Double.isFinite(value) ? pa + " (" + number(value / 1e5) + " bar)" : pa;
	}

	/** @return a power in W */
	static String watt(double value) {
		return si(value, "W");
	}

	/** @return a fraction as a percentage, e.g. "2.9 %" */
	static String percent(double fraction) {
		return number(100 * fraction) + " %";
	}

	/**
	 * @param si         the value in SI
	 * @param writtenAs  a value of the spec whose unit the result should use (e.g. "10 bar"), may be null
	 * @param siUnit     the SI unit symbol, used when the written unit cannot be used
	 * @return the value in the unit the spec used, e.g. "10 bar"
	 */
	static String like(double si, org.cryostudio.dsl.cryo.Quantity writtenAs, String siUnit) {
		if (writtenAs != null && writtenAs.getUnit() != null && !writtenAs.getUnit().isBlank()) {
			try {
				Unit unit = SpecQuantities.parse(writtenAs.getUnit());
				if (!unit.isAffine() || unit.fromSi(si) > 0) {
					return number(unit.fromSi(si)) + " " + writtenAs.getUnit();
				}
			} catch (UnitParseException e) {
				// an unreadable unit is reported at the value; fall back to SI
			}
		}
		return si(si, siUnit);
	}

	/** @return the largest "round" number (two significant digits) not above the value, e.g. 38.1 -> 38 */
	static double roundDown(double value, int digits) {
		if (!(value > 0) || !Double.isFinite(value)) {
			return value;
		}
		double scale = Math.pow(10, Math.floor(Math.log10(value)) - (digits - 1));
		return Math.floor(value / scale + 1e-9) * scale;
	}

	/** @return the smallest "round" number with the given significant digits not below the value */
	static double roundUp(double value, int digits) {
		if (!(value > 0) || !Double.isFinite(value)) {
			return value;
		}
		double scale = Math.pow(10, Math.floor(Math.log10(value)) - (digits - 1));
		return Math.ceil(value / scale - 1e-9) * scale;
	}

	/** @return a number as a spec writes it, e.g. "38", "0.0045", "1.2e-9" (six significant digits at most) */
	static String literal(double value) {
		return Quantity.engineering(value, 6);
	}
}
