package org.cryostudio.physics.vacuum;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cryostudio.physics.datatable.CsvTable;
import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.model.ValidityRange;

/**
 * Empirical outgassing time law q(t) = q1 (t / 1 h)^(-alpha) per unit area, with q1 and alpha per
 * material, surface treatment and gas from {@code outgassing.csv} (every row with its source and
 * confidence flag). Units: q in Pa m3/(s m2) (= Pa m/s); t in s since the start of pumping (or since
 * the end of the bake for baked surfaces, whose rates stay nearly constant, alpha ~ 0, because
 * they are diffusion-limited hydrogen: see {@link HydrogenDiffusionOutgassing}). Validity: the
 * pumping-time span of the data row (typically 1-100 h); rows marked [R] are recalled textbook
 * values awaiting a second source and carry a warning.
 *
 * @param material  material name, e.g. "SS304"
 * @param treatment surface history, e.g. "unbaked", "baked 250C 24h"
 * @param gas       dominant gas species symbol
 * @param q1        rate after 1 h, Pa m/s
 * @param alpha     decay exponent
 * @param minHours  lower end of the data's time span, h
 * @param maxHours  upper end, h
 * @param status    confidence flag (V1, V2, R)
 * @param source    literature source
 */
public record OutgassingLaw(String material, String treatment, String gas, double q1, double alpha, double minHours,
		double maxHours, String status, String source) {

	private static final List<OutgassingLaw> TABLE = load();

	/** @return all tabulated laws */
	public static List<OutgassingLaw> all() {
		return TABLE;
	}

	/** @return the laws of a material (by name, case-insensitive) */
	public static List<OutgassingLaw> of(String material) {
		List<OutgassingLaw> out = new ArrayList<>();
		for (OutgassingLaw law : TABLE) {
			if (law.material.equalsIgnoreCase(material)) {
				out.add(law);
			}
		}
		return out;
	}

	/** @return the law for a material and treatment, e.g. ("SS304", "unbaked") */
	public static OutgassingLaw of(String material, String treatment) {
		for (OutgassingLaw law : TABLE) {
			if (law.material.equalsIgnoreCase(material) && law.treatment.equalsIgnoreCase(treatment)) {
				return law;
			}
		}
		throw new IllegalArgumentException("no outgassing data for " + material + " (" + treatment + "); known: "
				+ TABLE.stream().map(l -> l.material + " (" + l.treatment + ")").toList());
	}

	/** @return q(t), Pa m/s (hot path) */
	public double rateValue(double seconds) {
		return q1 * Math.pow(seconds / 3600.0, -alpha);
	}

	/** @return q(t) with validity */
	public ModelResult rate(double seconds) {
		ValidityRange range = new ValidityRange("t", minHours * 3600, maxHours * 3600, "s");
		ModelResult r = ModelResult.of(rateValue(seconds), "Pa m/s",
				String.format(Locale.ROOT, "outgassing q1 (t/1h)^-%.2f, %s %s", alpha, material, treatment), source, List.of(range));
		if (!range.contains(seconds)) {
			r = r.withWarning("t = " + seconds / 3600 + " h outside the data's " + minHours + "-" + maxHours + " h");
		}
		if (status.equals("R")) {
			r = r.withWarning("outgassing data [R]: recalled value, confirm with " + source);
		}
		return r;
	}

	/** @return gas released per unit area between t1 and t2 (integral of q dt), Pa m */
	public double releasedBetween(double t1, double t2) {
		double h = 3600.0;
		if (Math.abs(alpha - 1.0) < 1e-12) {
			return q1 * h * Math.log(t2 / t1);
		}
		return q1 * h / (1.0 - alpha) * (Math.pow(t2 / h, 1.0 - alpha) - Math.pow(t1 / h, 1.0 - alpha));
	}

	private static List<OutgassingLaw> load() {
		CsvTable table = CsvTable.load(OutgassingLaw.class, "outgassing.csv");
		List<OutgassingLaw> list = new ArrayList<>();
		for (Map<String, String> row : table.rows()) {
			list.add(new OutgassingLaw(row.get("material"), row.get("treatment"), row.get("gas"),
					CsvTable.number(row, "q1_Pa_m_per_s"), CsvTable.number(row, "alpha"), CsvTable.number(row, "t_min_h"),
					CsvTable.number(row, "t_max_h"), row.get("status"), row.get("source")));
		}
		return List.copyOf(list);
	}
}
