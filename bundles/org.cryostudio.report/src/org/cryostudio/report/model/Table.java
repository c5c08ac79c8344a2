package org.cryostudio.report.model;

import java.util.List;
import java.util.Objects;

/**
 * A table with a header row. Every row has one cell per column.
 *
 * @param caption shown above the table (may be empty)
 * @param columns the columns, left to right
 * @param rows    the body rows
 */
public record Table(String caption, List<Table.Column> columns, List<List<Table.Cell>> rows) implements Block {

	/** Horizontal alignment of a column: numbers are right-aligned so that their digits line up. */
	public enum Align {
		LEFT, RIGHT, CENTER
	}

	/**
	 * @param header the column title
	 * @param align  alignment of its cells
	 * @param weight relative width (paged exporters share the text width by weight)
	 */
	public record Column(Text header, Align align, float weight) {
		public Column {
			Objects.requireNonNull(header, "header");
			Objects.requireNonNull(align, "align");
			if (!(weight > 0)) {
				throw new IllegalArgumentException("column weight must be positive: " + header.plainText());
			}
		}

		public static Column left(String header, float weight) {
			return new Column(Text.plain(header), Align.LEFT, weight);
		}

		public static Column right(String header, float weight) {
			return new Column(Text.plain(header), Align.RIGHT, weight);
		}

		public static Column right(Text header, float weight) {
			return new Column(header, Align.RIGHT, weight);
		}

		public static Column center(String header, float weight) {
			return new Column(Text.plain(header), Align.CENTER, weight);
		}
	}

	/** One cell: its text and what it means (a pass/fail verdict is coloured). */
	public record Cell(Text text, Tone tone) {
		public Cell {
			Objects.requireNonNull(text, "text");
			Objects.requireNonNull(tone, "tone");
		}

		public static Cell of(String text) {
			return new Cell(Text.plain(text), Tone.NEUTRAL);
		}

		public static Cell of(Text text) {
			return new Cell(text, Tone.NEUTRAL);
		}

		public static Cell code(String text) {
			return new Cell(Text.code(text), Tone.NEUTRAL);
		}
	}

	public Table {
		Objects.requireNonNull(caption, "caption");
		columns = List.copyOf(columns);
		rows = rows.stream().map(List::copyOf).toList();
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("a table needs columns");
		}
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).size() != columns.size()) {
				throw new IllegalArgumentException("row " + (i + 1) + " of table '" + caption + "' has "
						+ rows.get(i).size() + " cells for " + columns.size() + " columns");
			}
		}
	}
}
