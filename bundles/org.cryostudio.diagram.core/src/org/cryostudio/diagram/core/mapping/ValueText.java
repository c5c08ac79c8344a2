package org.cryostudio.diagram.core.mapping;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Values as a diagram label shows them: the number as the user wrote it (so "1e-6" stays
 * "1e-6"), the unit with exponents raised and products dotted ("Pa·m³/(s·m²)").
 */
public final class ValueText {

	private ValueText() {
	}

	/**
	 * @param quantity a parsed quantity (its text comes from the node model), or null
	 * @param value    its number, used when the quantity has no text (built in code)
	 * @param unit     its unit text, may be null
	 * @return the label text, or null when {@code quantity} is null
	 */
	public static String of(EObject quantity, double value, String unit) {
		if (quantity == null) {
			return null;
		}
		String number = null;
		ICompositeNode node = NodeModelUtils.findActualNodeFor(quantity);
		if (node != null) {
			String text = NodeModelUtils.getTokenText(node).strip();
			String u = unit == null ? "" : unit;
			String compactUnit = u.replace(" ", "");
			String compactText = text.replace(" ", "");
			if (!compactUnit.isEmpty() && compactText.endsWith(compactUnit)) {
				number = compactText.substring(0, compactText.length() - compactUnit.length());
			} else if (compactUnit.isEmpty()) {
				number = compactText;
			}
		}
		if (number == null || number.isEmpty()) {
			number = number(value);
		}
		return unit == null || unit.isBlank() ? number : number + " " + unit(unit);
	}

	/** @return the shortest exact decimal for {@code value} */
	public static String number(double value) {
		if (Double.isNaN(value) || Double.isInfinite(value)) {
			return Double.toString(value);
		}
		BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
		int digits = exact.precision() - exact.scale();
		return digits > -4 && digits <= 9 ? exact.toPlainString() : exact.toString().replace("E+", "e").replace("E", "e");
	}

	/** @return {@code unit} with digit exponents as superscripts and '*' as a middle dot */
	public static String unit(String unit) {
		StringBuilder sb = new StringBuilder(unit.length());
		for (int i = 0; i < unit.length(); i++) {
			char c = unit.charAt(i);
			boolean exponent = Character.isDigit(c) && i > 0
					&& (Character.isLetter(unit.charAt(i - 1)) || isSuperscript(sb.charAt(sb.length() - 1)));
			if (exponent) {
				sb.append(superscript(c));
			} else if (c == '*') {
				sb.append('·');
			} else {
				sb.append(c);
			}
		}
		return sb.toString();
	}

	private static boolean isSuperscript(char c) {
		return "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c) >= 0;
	}

	private static char superscript(char digit) {
		return "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(digit - '0');
	}
}
