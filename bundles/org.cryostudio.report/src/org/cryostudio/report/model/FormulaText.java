package org.cryostudio.report.model;

import java.util.Map;
import java.util.function.Function;

/**
 * Typesets an expression on one line, with the fewest parentheses that keep its meaning: either
 * symbolically ({@code p_s(T_s) · √(T_g / T_s)}) or with every symbol replaced by its value and
 * unit ({@code 1.2 × 10⁻¹² Pa · √(295 K / 12 K)}).
 */
public final class FormulaText {

	private static final int ATOM = 4;

	/** Where a sub-expression stands in its parent: a negative number needs brackets right of an operator. */
	private enum Side {
		LEFT, RIGHT,
		/** right of − or /, where an equal binding strength needs brackets too */
		RIGHT_STRICT
	}

	private final Function<Symbol, Binding> values;

	private FormulaText(Function<Symbol, Binding> values) {
		this.values = values;
	}

	/** @return the expression with its symbols */
	public static Text symbolic(Expr e) {
		Text.Builder b = Text.builder();
		new FormulaText(null).render(e, b, 0, Side.LEFT);
		return b.build();
	}

	/** @return the expression with each symbol replaced by the value bound to it */
	public static Text substituted(Expr e, Map<Symbol, Binding> bindings) {
		Text.Builder b = Text.builder();
		new FormulaText(s -> {
			Binding binding = bindings.get(s);
			if (binding == null) {
				throw new IllegalArgumentException("no value for " + s);
			}
			return binding;
		}).render(e, b, 0, Side.LEFT);
		return b.build();
	}

	/** @return the substituted line of a calculation */
	public static Text substituted(Calculation c) {
		return substituted(c.expression(), c.bindings().stream()
				.collect(java.util.stream.Collectors.toMap(Binding::symbol, x -> x)));
	}

	private void render(Expr e, Text.Builder b, int parent, Side side) {
		switch (e) {
			case Expr.Var v -> {
				if (values == null) {
					b.add(v.symbol().text());
				} else {
					value(values.apply(v.symbol()), b, parent, side);
				}
			}
			case Expr.Call c -> {
				if (values == null) {
					b.add(c.function().text()).plain("(");
					for (int i = 0; i < c.arguments().size(); i++) {
						if (i > 0) {
							b.plain(", ");
						}
						render(c.arguments().get(i), b, 0, Side.LEFT);
					}
					b.plain(")");
				} else {
					value(values.apply(c.function()), b, parent, side);
				}
			}
			case Expr.Num n -> {
				boolean parens = n.value() < 0 && (side != Side.LEFT || parent > ATOM);
				open(b, parens);
				ValueText.appendNumber(b, n.value(), 6);
				close(b, parens);
			}
			case Expr.Const c -> b.plain(c.name());
			case Expr.Binary x -> {
				int p = x.op().precedence();
				boolean parens = p < parent || p == parent && side == Side.RIGHT_STRICT;
				open(b, parens);
				render(x.left(), b, p, parens ? Side.LEFT : side == Side.LEFT ? Side.LEFT : Side.RIGHT);
				b.plain(" " + x.op().sign() + " ");
				render(x.right(), b, p, x.op() == Expr.Op.MINUS || x.op() == Expr.Op.DIVIDE ? Side.RIGHT_STRICT : Side.RIGHT);
				close(b, parens);
			}
			case Expr.Power x -> {
				render(x.base(), b, ATOM + 1, side);
				Text.Builder exponent = Text.builder();
				render(x.exponent(), exponent, 0, Side.LEFT);
				exponent.build().spans().forEach(s -> b.add(s.text(), Text.Style.SUPERSCRIPT));
			}
			case Expr.Sqrt x -> {
				b.plain("√(");
				render(x.radicand(), b, 0, Side.LEFT);
				b.plain(")");
			}
		}
	}

	/** A value with a unit reads like a product: it needs brackets as the base of a power or when negative. */
	private static void value(Binding binding, Text.Builder b, int parent, Side side) {
		Text text = binding.valueText();
		boolean product = !binding.unit().symbol().equals("1") || text.plainText().contains("×");
		boolean negative = binding.unit().fromSi(binding.si()) < 0;
		boolean parens = parent > ATOM && (product || negative) || negative && side != Side.LEFT;
		open(b, parens);
		b.add(text);
		close(b, parens);
	}

	private static void open(Text.Builder b, boolean parens) {
		if (parens) {
			b.plain("(");
		}
	}

	private static void close(Text.Builder b, boolean parens) {
		if (parens) {
			b.plain(")");
		}
	}
}
