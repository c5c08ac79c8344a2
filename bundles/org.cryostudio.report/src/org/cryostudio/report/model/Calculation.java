package org.cryostudio.report.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cryostudio.physics.units.Quantity;
import org.cryostudio.physics.units.Unit;

/**
 * A calculation written out for checking by hand: {@code result = expression}, the expression
 * again with every symbol replaced by its value, and the value. The result is evaluated from the
 * same tree and bindings that are printed (in SI), so what the reviewer reads is what was computed.
 *
 * @param title      what is computed, e.g. "Vapour-pressure floor of H2O at cp"
 * @param result     the symbol on the left-hand side
 * @param expression the right-hand side
 * @param bindings   a value for every variable and function symbol of the expression, in the
 *                   order they are listed under "where"
 * @param resultUnit the unit the result is shown in (its SI value is the evaluated expression)
 * @param tone       {@link Tone#CAUTION} when an input lies outside a model's validity range
 * @param notes      remarks under the calculation: model, validity, assumptions
 */
public record Calculation(Text title, Symbol result, Expr expression, List<Binding> bindings, Unit resultUnit, Tone tone,
		List<Text> notes) implements Block {

	public Calculation {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(result, "result");
		Objects.requireNonNull(expression, "expression");
		Objects.requireNonNull(resultUnit, "resultUnit");
		Objects.requireNonNull(tone, "tone");
		bindings = List.copyOf(bindings);
		notes = List.copyOf(notes);
		Map<Symbol, Binding> bound = index(bindings);
		for (Symbol s : symbols(expression)) {
			if (!bound.containsKey(s)) {
				throw new IllegalArgumentException("symbol " + s + " of '" + title.plainText() + "' has no value");
			}
		}
		double v = evaluate(expression, bound);
		if (!Double.isFinite(v)) {
			throw new IllegalArgumentException("'" + title.plainText() + "' evaluates to " + v);
		}
	}

	/** @return the value of the expression, SI */
	public double valueSi() {
		return evaluate(expression, index(bindings));
	}

	/** @return the result in its display unit */
	public Quantity value() {
		return Quantity.ofSi(valueSi(), resultUnit);
	}

	/** @return the binding of a symbol */
	public Binding binding(Symbol symbol) {
		Binding b = index(bindings).get(symbol);
		if (b == null) {
			throw new IllegalArgumentException("no binding for " + symbol);
		}
		return b;
	}

	private static Map<Symbol, Binding> index(List<Binding> bindings) {
		Map<Symbol, Binding> map = new LinkedHashMap<>();
		for (Binding b : bindings) {
			if (map.put(b.symbol(), b) != null) {
				throw new IllegalArgumentException("symbol " + b.symbol() + " bound twice");
			}
		}
		return map;
	}

	/** @return the variable and function symbols of an expression, in reading order, once each */
	public static List<Symbol> symbols(Expr e) {
		List<Symbol> out = new ArrayList<>();
		collect(e, out);
		return out;
	}

	private static void collect(Expr e, List<Symbol> out) {
		switch (e) {
			case Expr.Var v -> add(out, v.symbol());
			case Expr.Call c -> {
				add(out, c.function());
				c.arguments().forEach(a -> collect(a, out));
			}
			case Expr.Binary b -> {
				collect(b.left(), out);
				collect(b.right(), out);
			}
			case Expr.Power p -> {
				collect(p.base(), out);
				collect(p.exponent(), out);
			}
			case Expr.Sqrt s -> collect(s.radicand(), out);
			case Expr.Num n -> {
			}
			case Expr.Const c -> {
			}
		}
	}

	private static void add(List<Symbol> out, Symbol s) {
		if (!out.contains(s)) {
			out.add(s);
		}
	}

	private static double evaluate(Expr e, Map<Symbol, Binding> bound) {
		return switch (e) {
			case Expr.Var v -> bound.get(v.symbol()).si();
			// the function's value was computed by its model at the bound arguments
			case Expr.Call c -> bound.get(c.function()).si();
			case Expr.Num n -> n.value();
			case Expr.Const c -> c.value();
			case Expr.Binary b -> {
				double l = evaluate(b.left(), bound);
				double r = evaluate(b.right(), bound);
				yield switch (b.op()) {
					case PLUS -> l + r;
					case MINUS -> l - r;
					case TIMES -> l * r;
					case DIVIDE -> l / r;
				};
			}
			case Expr.Power p -> Math.pow(evaluate(p.base(), bound), evaluate(p.exponent(), bound));
			case Expr.Sqrt s -> Math.sqrt(evaluate(s.radicand(), bound));
		};
	}
}
