package org.cryostudio.physics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the reference tables copied into the test resources under {@code reference/}. */
public final class ReferenceData {

	private ReferenceData() {
	}

	/** @return the data lines (comments starting with '#' and the header removed), split at commas */
	public static List<String[]> rows(String name) {
		try (InputStream in = ReferenceData.class.getResourceAsStream("/reference/" + name)) {
			if (in == null) {
				throw new IllegalStateException("missing test resource reference/" + name);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			List<String[]> rows = new ArrayList<>();
			String line;
			boolean header = true;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				if (header) {
					header = false;
					rows.add(line.split(",", -1));
					continue;
				}
				rows.add(line.split(",", -1));
			}
			return rows;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** @return the named numeric columns of every data row */
	public static List<double[]> numbers(String name, String... columns) {
		List<String[]> rows = rows(name);
		List<String> header = List.of(rows.get(0));
		int[] index = new int[columns.length];
		for (int i = 0; i < columns.length; i++) {
			index[i] = header.indexOf(columns[i]);
			if (index[i] < 0) {
				throw new IllegalStateException(name + " has no column " + columns[i] + ": " + header);
			}
		}
		List<double[]> out = new ArrayList<>();
		for (String[] row : rows.subList(1, rows.size())) {
			double[] values = new double[columns.length];
			for (int i = 0; i < columns.length; i++) {
				values[i] = Double.parseDouble(row[index[i]].strip());
			}
			out.add(values);
		}
		return out;
	}
}
