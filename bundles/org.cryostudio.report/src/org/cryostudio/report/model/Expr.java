package org.cryostudio.report.model;

import java.util.List;
import java.util.Objects;

/**
 * The right-hand side of a formula as a tree: variables, numbers, named constants, the four
 * operations, powers, square roots and function values such as p_s(T_s).
 */
public sealed interface Expr {

	/** A variable bound to a value by the calculation. */
	record Var(Symbol symbol) implements Expr {
		public Var {
			Objects.requireNonNull(symbol, "symbol");
		}
	}

	/** A pure number, shown as itself in both lines (e.g. the 4 of A v/4). */
	record Num(double value) implements Expr {
		public Num {
			if (!Double.isFinite(value)) {
				throw new IllegalArgumentException("a formula number must be finite: " + value);
			}
		}
	}

	/** A named constant shown by name in both lines, e.g. π. */
	record Const(String name, double value) implements Expr {
		public Const {
			Objects.requireNonNull(name, "name");
		}
	}

	/** One of the four operations. */
	record Binary(Op op, Expr left, Expr right) implements Expr {
		public Binary {
			Objects.requireNonNull(op, "op");
			Objects.requireNonNull(left, "left");
			Objects.requireNonNull(right, "right");
		}
	}

	/** base raised to exponent, the exponent shown raised. */
	record Power(Expr base, Expr exponent) implements Expr {
		public Power {
			Objects.requireNonNull(base, "base");
			Objects.requireNonNull(exponent, "exponent");
		}
	}

	/** Square root. */
	record Sqrt(Expr radicand) implements Expr {
		public Sqrt {
			Objects.requireNonNull(radicand, "radicand");
		}
	}

	/**
	 * The value of a function at its arguments, e.g. the vapour pressure p_s(T_s); the calculation
	 * binds the function symbol to the value a model computed, and names the model.
	 */
	record Call(Symbol function, List<Expr> arguments) implements Expr {
		public Call {
			Objects.requireNonNull(function, "function");
			arguments = List.copyOf(arguments);
		}
	}

	/** The operations, with their sign and binding strength. */
	enum Op {
		PLUS("+", 1), MINUS("−", 1), TIMES("·", 2), DIVIDE("/", 2);

		private final String sign;
		private final int precedence;

		Op(String sign, int precedence) {
			this.sign = sign;
			this.precedence = precedence;
		}

		public String sign() {
			return sign;
		}

		public int precedence() {
			return precedence;
		}
	}

	Const PI = new Const("π", Math.PI);

	static Expr var(Symbol s) {
		return new Var(s);
	}

	static Expr num(double v) {
		return new Num(v);
	}

	static Expr plus(Expr a, Expr b) {
		return new Binary(Op.PLUS, a, b);
	}

	static Expr minus(Expr a, Expr b) {
		return new Binary(Op.MINUS, a, b);
	}

	static Expr times(Expr a, Expr b) {
		return new Binary(Op.TIMES, a, b);
	}

	static Expr divide(Expr a, Expr b) {
		return new Binary(Op.DIVIDE, a, b);
	}

	static Expr pow(Expr base, Expr exponent) {
		return new Power(base, exponent);
	}

	static Expr sqrt(Expr e) {
		return new Sqrt(e);
	}

	static Expr call(Symbol function, Expr... arguments) {
		return new Call(function, List.of(arguments));
	}
}
