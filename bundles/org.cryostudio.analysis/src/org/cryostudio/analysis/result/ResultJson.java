package org.cryostudio.analysis.result;

import java.util.List;
import java.util.Locale;

/**
 * Writes solver results in the JSON shape of the {@code cryo solve} contract (CLI.md):
 * {@code {"id","status","scalars":[{"element","quantity","value","unit"}],"series":[{"name","x":{"quantity","unit","values"},
 * "y":{...}}],"requirements":[{"text","element","status","value","limit","unit"}]}} per solver, plus
 * {@code "messages":[{"severity","element","text"}]} (why a solver failed, models used out of range).
 * An unknown requirement value is {@code null}; no other number can be non-finite (the result
 * model rejects NaN and infinity). Numbers are written with 17 significant digits at most, the
 * shortest form that reads back to the same double.
 */
public final class ResultJson {

	private ResultJson() {
	}

	/** @return the "solvers" array's element for one result */
	public static String solver(SolverResult r) {
		StringBuilder b = new StringBuilder();
		solver(b, r, "    ");
		return b.toString();
	}

	/** Appends the JSON array of solver results (without the key). */
	public static void solvers(StringBuilder b, List<SolverResult> results, String indent) {
		b.append('[');
		for (int i = 0; i < results.size(); i++) {
			b.append(i == 0 ? "\n" : ",\n").append(indent).append("  ");
			solver(b, results.get(i), indent + "  ");
		}
		b.append(results.isEmpty() ? "]" : "\n" + indent + "]");
	}

	private static void solver(StringBuilder b, SolverResult r, String indent) {
		String in = indent + "  ";
		b.append("{\n");
		b.append(in).append("\"id\": ").append(string(r.solverId())).append(",\n");
		b.append(in).append("\"status\": ").append(string(r.status().json())).append(",\n");
		b.append(in).append("\"scalars\": [");
		for (int i = 0; i < r.scalars().size(); i++) {
			Scalar s = r.scalars().get(i);
			b.append(i == 0 ? "\n" : ",\n").append(in).append("  {\"element\": ").append(string(s.element()))
					.append(", \"quantity\": ").append(string(s.quantity())).append(", \"value\": ").append(number(s.value()))
					.append(", \"unit\": ").append(string(s.unit())).append('}');
		}
		b.append(r.scalars().isEmpty() ? "],\n" : "\n" + in + "],\n");
		b.append(in).append("\"series\": [");
		for (int i = 0; i < r.series().size(); i++) {
			Series s = r.series().get(i);
			b.append(i == 0 ? "\n" : ",\n").append(in).append("  {\"name\": ").append(string(s.name())).append(", \"x\": ");
			axis(b, s.x());
			b.append(", \"y\": ");
			axis(b, s.y());
			b.append('}');
		}
		b.append(r.series().isEmpty() ? "],\n" : "\n" + in + "],\n");
		b.append(in).append("\"requirements\": [");
		for (int i = 0; i < r.requirements().size(); i++) {
			RequirementVerdict v = r.requirements().get(i);
			b.append(i == 0 ? "\n" : ",\n").append(in).append("  {\"text\": ").append(string(v.text()))
					.append(", \"element\": ").append(string(v.element())).append(", \"status\": ")
					.append(string(v.status().json())).append(", \"value\": ")
					.append(v.value().isPresent() ? number(v.value().getAsDouble()) : "null").append(", \"limit\": ")
					.append(number(v.limit())).append(", \"unit\": ").append(string(v.unit()));
			if (!v.reason().isEmpty()) {
				b.append(", \"reason\": ").append(string(v.reason()));
			}
			b.append('}');
		}
		b.append(r.requirements().isEmpty() ? "],\n" : "\n" + in + "],\n");
		b.append(in).append("\"messages\": [");
		for (int i = 0; i < r.messages().size(); i++) {
			SolverMessage m = r.messages().get(i);
			b.append(i == 0 ? "\n" : ",\n").append(in).append("  {\"severity\": ").append(string(m.severity().json()))
					.append(", \"element\": ").append(string(m.element())).append(", \"text\": ").append(string(m.text()))
					.append('}');
		}
		b.append(r.messages().isEmpty() ? "]\n" : "\n" + in + "]\n");
		b.append(indent).append('}');
	}

	private static void axis(StringBuilder b, Axis a) {
		b.append("{\"quantity\": ").append(string(a.quantity())).append(", \"unit\": ").append(string(a.unit()))
				.append(", \"values\": [");
		for (int i = 0; i < a.size(); i++) {
			if (i > 0) {
				b.append(", ");
			}
			b.append(number(a.value(i)));
		}
		b.append("]}");
	}

	/** @return a JSON number; finite values only */
	public static String number(double v) {
		if (!Double.isFinite(v)) {
			throw new IllegalArgumentException("JSON has no " + v);
		}
		if (v == Math.rint(v) && Math.abs(v) < 1e15) {
			return Long.toString((long) v);
		}
		String s = Double.toString(v);
		// Java writes 1.0E-6; JSON accepts 1.0E-6 too, but lower case reads better
		return s.replace('E', 'e');
	}

	/** @return a JSON string literal */
	public static String string(String s) {
		StringBuilder b = new StringBuilder(s.length() + 2).append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\n' -> b.append("\\n");
				case '\r' -> b.append("\\r");
				case '\t' -> b.append("\\t");
				default -> {
					if (c < 0x20) {
						b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					} else {
						b.append(c);
					}
				}
			}
		}
		return b.append('"').toString();
	}
}
