package org.cryostudio.report.model;

import java.util.Objects;

import org.cryostudio.physics.units.Unit;

/**
 * The value a calculation gives one symbol, and where it comes from, so that a reviewer can trace
 * it: a spec line ("chamber.cryo:11") or a property model with its source.
 *
 * @param symbol  the symbol
 * @param meaning what it is, e.g. "panel temperature of cp"
 * @param si      the value in SI
 * @param unit    the unit it is shown in (absolute temperatures in K: formulas are evaluated in SI)
 * @param origin  where the value comes from
 * @param digits  significant digits shown: {@link ValueText#INPUT_DIGITS} for a value as written in a spec,
 *                {@link ValueText#RESULT_DIGITS} for a computed one
 */
public record Binding(Symbol symbol, Text meaning, double si, Unit unit, Text origin, int digits) {

	/** A computed value, shown with {@link ValueText#RESULT_DIGITS}. */
	public Binding(Symbol symbol, Text meaning, double si, Unit unit, Text origin) {
		this(symbol, meaning, si, unit, origin, ValueText.RESULT_DIGITS);
	}

	/** @return a value as written in a spec, shown with {@link ValueText#INPUT_DIGITS} so that it reads as written */
	public static Binding input(Symbol symbol, Text meaning, double si, Unit unit, Text origin) {
		return new Binding(symbol, meaning, si, unit, origin, ValueText.INPUT_DIGITS);
	}

	public Binding {
		Objects.requireNonNull(symbol, "symbol");
		Objects.requireNonNull(meaning, "meaning");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(origin, "origin");
		if (!Double.isFinite(si)) {
			throw new IllegalArgumentException("value of " + symbol + " is not finite: " + si);
		}
	}

	/** @return the value as typeset in the substituted line */
	public Text valueText() {
		return ValueText.quantity(si, unit, digits);
	}
}
