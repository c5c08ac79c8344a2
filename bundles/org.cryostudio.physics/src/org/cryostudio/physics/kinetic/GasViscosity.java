package org.cryostudio.physics.kinetic;

import static org.cryostudio.physics.PhysicalConstants.BOLTZMANN;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cryostudio.physics.datatable.CsvTable;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.model.ValidityRange;

/**
 * Dynamic viscosity of a dilute gas from the CRC table (Huber &amp; Harvey), interpolated as a
 * power law between tabulated temperatures (log eta linear in log T, which follows the
 * T^(1/2...1) behaviour of real gases to well under 1 % between 100 K steps), and the effective
 * hard-sphere diameter that reproduces it.
 *
 * <p>Data: {@code gas_viscosity.csv} next to this class, with its source and status. Validity:
 * the tabulated temperature span of each gas (typically 100-600 K). Outside it the power law of
 * the nearest interval is extended and the result is marked invalid: at cryogenic temperatures
 * the real viscosity falls faster than the extrapolation (quantum effects in He and H2 below
 * ~20 K), so treat such values as estimates. Inputs: T in K. Output: Pa s.
 *
 * <p>Hard-sphere diameter: from the first Chapman-Enskog approximation for rigid spheres,
 * eta = (5/16) sqrt(m k T / pi) / d^2 (Kaye &amp; Laby, <i>Tables of Physical and Chemical
 * Constants</i>, sec. 2.2.4; the same relation underlies the CRC "mean free path" table).
 */
public final class GasViscosity {

	private static final String SOURCE = "M. L. Huber, A. H. Harvey, 'Viscosity of Gases', CRC Handbook of Chemistry and Physics";
	private static final Map<Gas, GasViscosity> TABLE = load();

	private final Gas gas;
	private final double[] temperatures;
	private final double[] viscosities;

	private GasViscosity(Gas gas, double[] temperatures, double[] viscosities) {
		this.gas = gas;
		this.temperatures = temperatures;
		this.viscosities = viscosities;
	}

	/**
	 * @return the viscosity data of a gas
	 * @throws IllegalArgumentException when the table has no data for it (He3)
	 */
	public static GasViscosity of(Gas gas) {
		GasViscosity v = TABLE.get(gas);
		if (v == null) {
			throw new IllegalArgumentException("no viscosity data for " + gas.symbol() + " in " + SOURCE);
		}
		return v;
	}

	/** @return true when the table has data for this gas */
	public static boolean has(Gas gas) {
		return TABLE.containsKey(gas);
	}

	public Gas gas() {
		return gas;
	}

	/** @return the temperature span of the data, K */
	public ValidityRange range() {
		return new ValidityRange("T", temperatures[0], temperatures[temperatures.length - 1], "K");
	}

	/**
	 * Viscosity for hot paths: no validity bookkeeping (check {@link #range()} once).
	 *
	 * @param temperature K
	 * @return Pa s
	 */
	public double viscosityValue(double temperature) {
		int n = temperatures.length;
		int i = 0;
		while (i < n - 2 && temperature > temperatures[i + 1]) {
			i++;
		}
		double slope = Math.log(viscosities[i + 1] / viscosities[i]) / Math.log(temperatures[i + 1] / temperatures[i]);
		return viscosities[i] * Math.pow(temperature / temperatures[i], slope);
	}

	/** @return viscosity in Pa s, marked invalid outside the tabulated temperatures */
	public ModelResult viscosity(double temperature) {
		ValidityRange r = range();
		ModelResult result = ModelResult.of(viscosityValue(temperature), "Pa s", "CRC gas viscosity, power-law interpolation",
				SOURCE, List.of(r));
		if (!r.contains(temperature)) {
			result = result.withWarning("T = " + temperature + " K outside the tabulated " + r
					+ " for " + gas.symbol() + ": power-law extrapolation");
		}
		return result;
	}

	/**
	 * Effective hard-sphere diameter that reproduces the viscosity at temperature T.
	 *
	 * @param viscosity    Pa s
	 * @param temperature  K
	 * @param moleculeMass kg
	 * @return diameter, m
	 */
	public static double hardSphereDiameter(double viscosity, double temperature, double moleculeMass) {
		return Math.sqrt(5.0 / 16.0 * Math.sqrt(moleculeMass * BOLTZMANN * temperature / Math.PI) / viscosity);
	}

	private static Map<Gas, GasViscosity> load() {
		CsvTable table = CsvTable.load(GasViscosity.class, "gas_viscosity.csv");
		Map<Gas, GasViscosity> map = new EnumMap<>(Gas.class);
		double[] columnT = { 100, 200, 300, 400, 500, 600 };
		for (Map<String, String> row : table.rows()) {
			Gas gas = Gas.lookup(row.get("gas"))
					.orElseThrow(() -> new IllegalStateException("unknown gas in " + table.resource() + ": " + row.get("gas")));
			List<double[]> points = new ArrayList<>();
			for (double t : columnT) {
				String cell = row.get("eta" + (int) t + "K");
				if (cell != null && !cell.isEmpty()) {
					points.add(new double[] { t, Double.parseDouble(cell) * 1e-6 });
				}
			}
			double[] ts = new double[points.size()];
			double[] etas = new double[points.size()];
			for (int i = 0; i < ts.length; i++) {
				ts[i] = points.get(i)[0];
				etas[i] = points.get(i)[1];
			}
			map.put(gas, new GasViscosity(gas, ts, etas));
		}
		return map;
	}
}
