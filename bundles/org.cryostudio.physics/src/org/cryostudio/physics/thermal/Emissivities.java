package org.cryostudio.physics.thermal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cryostudio.physics.datatable.CsvTable;
import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.model.ValidityRange;

/**
 * Total hemispherical emissivities of cryostat surfaces (data: {@code emissivity.csv}, with the
 * source and confidence flag of every row). Between tabulated temperatures the value is
 * interpolated linearly in sqrt(T) (clean metals follow e ~ sqrt(rho_e T), Hagen-Rubens); outside
 * the tabulated temperatures the nearest value is returned, marked invalid. Rows flagged [R] are
 * design values not yet confirmed by a written source and are reported with a warning.
 */
public final class Emissivities {

	private record Point(double temperature, double emissivity, String source, String status) {
	}

	private static final Map<String, List<Point>> TABLE = load();

	private Emissivities() {
	}

	/** @return the surface names, e.g. "Al_polished" */
	public static List<String> surfaces() {
		return List.copyOf(TABLE.keySet());
	}

	/**
	 * @param surface     surface name from {@link #surfaces()}
	 * @param temperature K
	 */
	public static ModelResult of(String surface, double temperature) {
		List<Point> points = TABLE.get(surface.toLowerCase(Locale.ROOT));
		if (points == null) {
			throw new IllegalArgumentException("unknown surface '" + surface + "'; known: " + surfaces());
		}
		Point lo = points.get(0);
		Point hi = points.get(points.size() - 1);
		double value;
		List<Point> used = new ArrayList<>();
		if (temperature <= lo.temperature()) {
			value = lo.emissivity();
			used.add(lo);
		} else if (temperature >= hi.temperature()) {
			value = hi.emissivity();
			used.add(hi);
		} else {
			int i = 0;
			while (points.get(i + 1).temperature() < temperature) {
				i++;
			}
			Point a = points.get(i);
			Point b = points.get(i + 1);
			double s = (Math.sqrt(temperature) - Math.sqrt(a.temperature())) / (Math.sqrt(b.temperature()) - Math.sqrt(a.temperature()));
			value = a.emissivity() + s * (b.emissivity() - a.emissivity());
			used.add(a);
			used.add(b);
		}
		ValidityRange range = new ValidityRange("T", lo.temperature(), hi.temperature(), "K");
		ModelResult r = ModelResult.of(value, "1", "tabulated total hemispherical emissivity", used.get(0).source(), List.of(range));
		if (Math.abs(temperature - used.get(0).temperature()) > 1e-9 && used.size() == 1) {
			r = r.withWarning("no emissivity data for " + surface + " at " + temperature + " K: nearest tabulated value ("
					+ used.get(0).temperature() + " K) used");
		}
		for (Point p : used) {
			if (p.status().equals("R")) {
				r = r.withWarning("design value [R] not confirmed by a written source: " + p.source());
				break;
			}
		}
		return r;
	}

	private static Map<String, List<Point>> load() {
		CsvTable table = CsvTable.load(Emissivities.class, "emissivity.csv");
		Map<String, List<Point>> map = new java.util.LinkedHashMap<>();
		for (Map<String, String> row : table.rows()) {
			map.computeIfAbsent(row.get("surface").toLowerCase(Locale.ROOT), k -> new ArrayList<>())
					.add(new Point(CsvTable.number(row, "T_K"), CsvTable.number(row, "emissivity"), row.get("source"),
							row.get("status")));
		}
		map.values().forEach(l -> l.sort((a, b) -> Double.compare(a.temperature(), b.temperature())));
		return map;
	}
}
