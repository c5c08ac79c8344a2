package org.cryostudio.physics.datatable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small comma-separated data table read from a class-path resource. Lines starting with
 * {@code #} are comments that carry the table's sources and notes; the first other line is the
 * header. Fields are plain (no quoting), so free text that needs commas lives in the comments.
 */
public final class CsvTable {

	private final String resource;
	private final List<String> header;
	private final List<String[]> rows;
	private final List<String> comments;

	private CsvTable(String resource, List<String> header, List<String[]> rows, List<String> comments) {
		this.resource = resource;
		this.header = List.copyOf(header);
		this.rows = List.copyOf(rows);
		this.comments = List.copyOf(comments);
	}

	/**
	 * Reads a table next to a class, e.g. {@code CsvTable.load(Foo.class, "foo.csv")}.
	 *
	 * @throws IllegalStateException when the resource is missing or malformed
	 */
	public static CsvTable load(Class<?> anchor, String name) {
		String where = anchor.getPackageName().replace('.', '/') + "/" + name;
		try (InputStream in = anchor.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing data resource " + where);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String> comments = new ArrayList<>();
			List<String> header = null;
			List<String[]> rows = new ArrayList<>();
			String line;
			while ((line = reader.readLine()) != null) {
				String trimmed = line.strip();
				if (trimmed.isEmpty()) {
					continue;
				}
				if (trimmed.startsWith("#")) {
					comments.add(trimmed.substring(1).strip());
					continue;
				}
				String[] fields = trimmed.split(",", -1);
				for (int i = 0; i < fields.length; i++) {
					fields[i] = fields[i].strip();
				}
				if (header == null) {
					header = List.of(fields);
				} else if (fields.length != header.size()) {
					throw new IllegalStateException(where + ": row has " + fields.length + " fields, header has "
							+ header.size() + ": " + trimmed);
				} else {
					rows.add(fields);
				}
			}
			if (header == null) {
				throw new IllegalStateException(where + " has no header");
			}
			return new CsvTable(where, header, rows, comments);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + where, e);
		}
	}

	/** @return the resource path, for messages */
	public String resource() {
		return resource;
	}

	/** @return the comment lines (sources, notes) without the leading '#' */
	public List<String> comments() {
		return comments;
	}

	/** @return number of data rows */
	public int size() {
		return rows.size();
	}

	/** @return one row as column name to text */
	public Map<String, String> row(int index) {
		String[] fields = rows.get(index);
		Map<String, String> map = new HashMap<>();
		for (int i = 0; i < fields.length; i++) {
			map.put(header.get(i), fields[i]);
		}
		return map;
	}

	/** @return all rows as column name to text */
	public List<Map<String, String>> rows() {
		List<Map<String, String>> all = new ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			all.add(row(i));
		}
		return all;
	}

	/** @return the numeric value of a column in a row; fails loudly on a missing or bad number */
	public static double number(Map<String, String> row, String column) {
		String text = row.get(column);
		if (text == null || text.isEmpty()) {
			throw new IllegalStateException("missing value for column " + column + " in " + row);
		}
		return Double.parseDouble(text);
	}
}
