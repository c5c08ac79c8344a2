package org.cryostudio.report.diff;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.OptionalDouble;

import org.cryostudio.report.design.InputValue;

/** A design diff as plain text for a terminal or a merge-request comment, one change per line. */
public final class DiffText {

	private DiffText() {
	}

	public static String render(DesignDiff d) {
		StringBuilder b = new StringBuilder();
		b.append("Design diff: ").append(d.before()).append(" -> ").append(d.after()).append('\n');
		b.append('\n').append("Inputs: ").append(d.inputs().size()).append(" changed, ").append(d.sameInputs())
				.append(" unchanged\n");
		for (InputChange c : d.inputs()) {
			b.append("  ").append(pad(c.change().word(), 8)).append(c.element()).append(" / ").append(c.property()).append(": ")
					.append(c.before().map(DiffText::input).orElse("-")).append(" -> ").append(c.after().map(DiffText::input).orElse("-"))
					.append(delta(c.absolute(), c.relative(), c.siUnit())).append('\n');
		}
		b.append('\n').append("Results: ").append(d.results().size()).append(" changed, ").append(d.sameResults())
				.append(" unchanged\n");
		for (ResultChange c : d.results()) {
			b.append("  ").append(pad(c.change().word(), 8)).append(c.source()).append(" / ").append(c.element()).append(" / ")
					.append(c.quantity()).append(": ").append(value(c.before(), c.unit())).append(" -> ").append(value(c.after(), c.unit()))
					.append(delta(c.absolute(), c.relative(), c.unit())).append('\n');
		}
		if (!d.requirements().isEmpty()) {
			b.append('\n').append("Requirements: ").append(d.requirements().size()).append(" changed verdict(s)\n");
			for (DesignDiff.VerdictChange v : d.requirements()) {
				b.append("  ").append(v.requirement()).append(": ").append(v.before()).append(" -> ").append(v.after()).append('\n');
			}
		}
		return b.toString();
	}

	private static String input(InputValue v) {
		return v.written() + " (" + v.location() + (v.type().isEmpty() ? "" : ", type " + v.type()) + ")";
	}

	private static String value(OptionalDouble v, String unit) {
		return v.isPresent() ? number(v.getAsDouble()) + (unit.isEmpty() ? "" : " " + unit) : "-";
	}

	private static String delta(OptionalDouble absolute, OptionalDouble relative, String unit) {
		if (absolute.isEmpty()) {
			return "";
		}
		String a = signed(absolute.getAsDouble()) + (unit.isEmpty() ? "" : " " + unit);
		return relative.isPresent() ? "  (" + a + ", " + signed(relative.getAsDouble() * 100) + " %)" : "  (" + a + ")";
	}

	private static String signed(double v) {
		return (v > 0 ? "+" : "") + number(v);
	}

	/** @return four significant digits, plain between 0.001 and 100 000, else with an exponent ("1.25e-9") */
	public static String number(double v) {
		if (!Double.isFinite(v)) {
			throw new IllegalArgumentException("not a finite number: " + v);
		}
		if (v == 0) {
			return "0";
		}
		BigDecimal r = new BigDecimal(v).round(new MathContext(4));
		double abs = Math.abs(r.doubleValue());
		if (abs >= 1e-3 && abs < 1e5) {
			return r.stripTrailingZeros().toPlainString();
		}
		int exponent = r.precision() - r.scale() - 1;
		return r.movePointLeft(exponent).stripTrailingZeros().toPlainString() + "e" + exponent;
	}

	private static String pad(String s, int width) {
		return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
	}
}
