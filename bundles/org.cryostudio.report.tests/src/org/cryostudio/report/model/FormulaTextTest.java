package org.cryostudio.report.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.cryostudio.physics.units.Unit;
import org.cryostudio.physics.units.Units;
import org.junit.jupiter.api.Test;

class FormulaTextTest {

	private static final Symbol A = Symbol.of("a");
	private static final Symbol B = Symbol.of("b");
	private static final Symbol C = Symbol.of("c");
	private static final Symbol D = Symbol.of("d");

	@Test
	void parenthesesOnlyWhereTheMeaningNeedsThem() {
		Expr a = Expr.var(A), b = Expr.var(B), c = Expr.var(C);
		assertEquals("a + b · c", plain(Expr.plus(a, Expr.times(b, c))));
		assertEquals("(a + b) · c", plain(Expr.times(Expr.plus(a, b), c)));
		assertEquals("a − (b − c)", plain(Expr.minus(a, Expr.minus(b, c))));
		assertEquals("a − b − c", plain(Expr.minus(Expr.minus(a, b), c)));
		assertEquals("a / (b · c)", plain(Expr.divide(a, Expr.times(b, c))));
		assertEquals("a · b / c", plain(Expr.divide(Expr.times(a, b), c)));
		assertEquals("(a + b)2", plain(Expr.pow(Expr.plus(a, b), Expr.num(2))));
		assertEquals("√(a / b)", plain(Expr.sqrt(Expr.divide(a, b))));
		assertEquals("π · d2 / 4", plain(Expr.divide(Expr.times(Expr.PI, Expr.pow(Expr.var(D), Expr.num(2))), Expr.num(4))));
	}

	@Test
	void substitutionShowsValuesWithUnitsAndBracketsPowersOfQuantities() {
		Map<Symbol, Binding> v = Map.of(D, binding(D, 0.2, Units.parse("m")), A, binding(A, -3, Unit.ONE),
				B, binding(B, 4, Unit.ONE));
		assertEquals("π · (0.2 m)2 / 4",
				FormulaText.substituted(Expr.divide(Expr.times(Expr.PI, Expr.pow(Expr.var(D), Expr.num(2))), Expr.num(4)), v)
						.plainText().replace('\u00a0', ' '));
		assertEquals("4 − (−3)", FormulaText.substituted(Expr.minus(Expr.var(B), Expr.var(A)), v).plainText());
		assertEquals("−3 + 4", FormulaText.substituted(Expr.plus(Expr.var(A), Expr.var(B)), v).plainText());
	}

	@Test
	void symbolsAreItalicWithSubscripts() {
		Text t = Symbol.of("p", "floor").text();
		assertEquals(List.of(new Text.Span("p", Text.Style.VARIABLE), new Text.Span("floor", Text.Style.SUBSCRIPT)), t.spans());
	}

	@Test
	void calculationEvaluatesWhatItPrints() {
		Symbol d = Symbol.of("d"), area = Symbol.of("A");
		Calculation c = new Calculation(Text.plain("Tube section"), area,
				Expr.divide(Expr.times(Expr.PI, Expr.pow(Expr.var(d), Expr.num(2))), Expr.num(4)),
				List.of(binding(d, 0.2, Units.parse("mm"))), Units.parse("cm2"), Tone.NEUTRAL, List.of());
		assertEquals(Math.PI * 0.04 / 4, c.valueSi(), 1e-15);
		assertEquals(Math.PI * 0.04 / 4 * 1e4, c.value().value(), 1e-11);
		assertEquals("π · (200 mm)2 / 4", FormulaText.substituted(c).plainText().replace('\u00a0', ' '));
	}

	@Test
	void everySymbolNeedsAValue() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Calculation(Text.plain("x"),
				Symbol.of("y"), Expr.times(Expr.var(A), Expr.var(B)), List.of(binding(A, 1, Unit.ONE)), Unit.ONE,
				Tone.NEUTRAL, List.of()));
		assertEquals("symbol b of 'x' has no value", e.getMessage());
	}

	@Test
	void aCalculationThatDoesNotEvaluateIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> new Calculation(Text.plain("x"), Symbol.of("y"),
				Expr.divide(Expr.num(1), Expr.var(A)), List.of(binding(A, 0, Unit.ONE)), Unit.ONE, Tone.NEUTRAL, List.of()));
	}

	private static Binding binding(Symbol s, double si, Unit unit) {
		return new Binding(s, Text.plain(s.name()), si, unit, Text.plain("test"));
	}

	private static String plain(Expr e) {
		return FormulaText.symbolic(e).plainText();
	}
}
