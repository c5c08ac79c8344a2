package org.cryostudio.physics.pumps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cryostudio.physics.PhysicalConstants;
import org.cryostudio.physics.datatable.CsvTable;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.model.ModelResult;

/**
 * Cryosorption capacity of activated carbon for light gases, from published isotherms in
 * {@code charcoal_isotherms.csv} (every row with its source, data range, uncertainty and
 * confidence flag; the file's comments list the candidate sources still to be transcribed).
 *
 * <p>What the table holds today: one hydrogen isotherm (Richard, Benard &amp; Chahine 2009, H2 on
 * AX-21, 30-293 K, 1e4-6e6 Pa, parameters recalled [R]) and explicit NODATA rows for D2 and He.
 * No parameter set in the table covers the cryopump regime (panel 4-20 K, 1e-8-1e-2 Pa): such
 * states are answered invalid, never extrapolated silently. For a gas without data
 * {@link #capacity} returns {@link ModelResult#invalid} naming the candidate sources.
 */
public final class SorbentIsotherms {

	private static final String RESOURCE = "charcoal_isotherms.csv";
	private static final Map<Gas, SorbentIsotherm> ISOTHERMS = new LinkedHashMap<>();
	private static final Map<Gas, String> NO_DATA = new LinkedHashMap<>();

	static {
		load();
	}

	private SorbentIsotherms() {
	}

	/** @return the usable isotherm of a gas, or empty when the table has none (see {@link #noDataNote}) */
	public static Optional<SorbentIsotherm> forGas(Gas gas) {
		return Optional.ofNullable(ISOTHERMS.get(gas));
	}

	/** @return all isotherms with parameters */
	public static List<SorbentIsotherm> all() {
		return List.copyOf(ISOTHERMS.values());
	}

	/**
	 * @return why a gas has no isotherm and where the data should come from, or empty when it has
	 *         one
	 */
	public static Optional<String> noDataNote(Gas gas) {
		if (ISOTHERMS.containsKey(gas)) {
			return Optional.empty();
		}
		return Optional.of(NO_DATA.getOrDefault(gas,
				"no cryosorption isotherm for " + gas.description() + " on activated carbon in " + RESOURCE));
	}

	/**
	 * Equilibrium capacity (absolute adsorbed amount) of the sorbent for a pure gas.
	 *
	 * @param gas              adsorbed gas
	 * @param panelTemperature sorbent temperature, K
	 * @param pressure         equilibrium gas pressure at the sorbent, Pa
	 * @return mol per kg of sorbent; invalid outside the data's range or when no data exist
	 */
	public static ModelResult capacity(Gas gas, double panelTemperature, double pressure) {
		SorbentIsotherm iso = ISOTHERMS.get(gas);
		if (iso == null) {
			return ModelResult.invalid(SorbentIsotherm.UNIT, "no cryosorption isotherm for " + gas.symbol(),
					"none (" + RESOURCE + ")", List.of(),
					"no published isotherm parameters for " + gas.description() + " on activated charcoal: "
							+ noDataNote(gas).orElseThrow());
		}
		return iso.loading(panelTemperature, pressure);
	}

	/**
	 * Converts a molar capacity to the pV amount cryopump practice quotes.
	 *
	 * @param molPerKg         capacity, mol/kg
	 * @param referenceTemperature temperature at which the pV amount is stated, K (273.15 K for
	 *                         "standard" amounts)
	 * @return Pa m3 per kg of sorbent
	 */
	public static double toPaM3(double molPerKg, double referenceTemperature) {
		return molPerKg * PhysicalConstants.GAS_CONSTANT * referenceTemperature;
	}

	private static void load() {
		CsvTable table = CsvTable.load(SorbentIsotherms.class, RESOURCE);
		List<String> problems = new ArrayList<>();
		for (Map<String, String> row : table.rows()) {
			Gas gas = Gas.lookup(row.get("gas"))
					.orElseThrow(() -> new IllegalStateException(table.resource() + ": unknown gas " + row.get("gas")));
			String status = row.get("status");
			if (status.equals("NODATA")) {
				NO_DATA.put(gas, row.get("source"));
				continue;
			}
			if (!row.get("form").equals("MDA")) {
				problems.add(gas.symbol() + ": unknown isotherm form " + row.get("form"));
				continue;
			}
			if (ISOTHERMS.containsKey(gas)) {
				problems.add(gas.symbol() + ": more than one isotherm (choose per sorbent first)");
				continue;
			}
			ISOTHERMS.put(gas, new SorbentIsotherm(gas, row.get("sorbent"), CsvTable.number(row, "n_max_mol_per_kg"),
					CsvTable.number(row, "alpha_J_per_mol"), CsvTable.number(row, "beta_J_per_mol_K"),
					CsvTable.number(row, "p0_Pa"), CsvTable.number(row, "va_m3_per_kg"), CsvTable.number(row, "T_min_K"),
					CsvTable.number(row, "T_max_K"), CsvTable.number(row, "p_min_Pa"), CsvTable.number(row, "p_max_Pa"),
					row.get("uncertainty"), status, row.get("source")));
		}
		if (!problems.isEmpty()) {
			throw new IllegalStateException(table.resource() + ": " + problems);
		}
	}
}
