package org.cryostudio.physics.fluids;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a reference table under {@code reference/} in the test resources as rows keyed by the
 * header, with RFC 4180 quoting (several tables quote fields that contain commas). Lines starting
 * with '#' hold the table's source and are skipped.
 */
final class Csv {

	private Csv() {
	}

	static List<Map<String, String>> read(String name) {
		try (InputStream in = Csv.class.getResourceAsStream("/reference/" + name)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource reference/" + name);
			}
			BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String> header = null;
			List<Map<String, String>> rows = new ArrayList<>();
			String line;
			while ((line = r.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				List<String> cells = split(line);
				if (header == null) {
					header = cells;
					continue;
				}
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
				}
				rows.add(row);
			}
			return rows;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> split(String line) {
		List<String> out = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					cell.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				out.add(cell.toString());
				cell.setLength(0);
			} else {
				cell.append(c);
			}
		}
		out.add(cell.toString());
		return out;
	}

	static double num(Map<String, String> row, String column) {
		String v = row.get(column);
		if (v == null) {
			throw new IllegalStateException("no column " + column + " in " + row.keySet());
		}
		String t = v.strip();
		return t.equalsIgnoreCase("nan") ? Double.NaN : Double.parseDouble(t);
	}

	/** CoolProp fluid names of the tables to the project's gases. */
	static Gas gas(String coolPropName) {
		return Gas.lookup(coolPropName).orElseThrow(() -> new IllegalStateException("unknown fluid " + coolPropName));
	}
}
