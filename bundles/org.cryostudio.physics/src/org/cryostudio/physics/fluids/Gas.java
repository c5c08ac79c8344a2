package org.cryostudio.physics.fluids;

import java.util.Locale;
import java.util.Optional;

/**
 * The gas species of CryoStudio's standard library, by the symbols users write in specs and on
 * the command line. This enum is identity only; every number about a gas (molar mass, equation
 * of state, vapour pressure, kinetic data) lives in resource files with its source and is
 * reached through {@link Fluids}.
 */
public enum Gas {
	HE("He", "Helium", "helium-4"),
	HE3("He3", "Helium3", "helium-3"),
	H2("H2", "Hydrogen", "normal hydrogen"),
	PH2("pH2", "ParaHydrogen", "para-hydrogen"),
	D2("D2", "Deuterium", "deuterium"),
	NE("Ne", "Neon", "neon"),
	N2("N2", "Nitrogen", "nitrogen"),
	O2("O2", "Oxygen", "oxygen"),
	AR("Ar", "Argon", "argon"),
	CO("CO", "CarbonMonoxide", "carbon monoxide"),
	CO2("CO2", "CarbonDioxide", "carbon dioxide"),
	CH4("CH4", "Methane", "methane"),
	H2O("H2O", "Water", "water"),
	KR("Kr", "Krypton", "krypton"),
	XE("Xe", "Xenon", "xenon"),
	AIR("Air", "Air", "dry air (pseudo-pure)");

	private final String symbol;
	private final String fluidName;
	private final String description;

	Gas(String symbol, String fluidName, String description) {
		this.symbol = symbol;
		this.fluidName = fluidName;
		this.description = description;
	}

	/** @return the symbol used in specs and on the command line, e.g. "pH2" */
	public String symbol() {
		return symbol;
	}

	/** @return the name of the fluid's data file, e.g. "ParaHydrogen" */
	public String fluidName() {
		return fluidName;
	}

	/** @return a short human-readable description, e.g. "para-hydrogen" */
	public String description() {
		return description;
	}

	/**
	 * Looks a gas up by symbol (exact case first, then case-insensitive) or by fluid name.
	 *
	 * @param name e.g. "N2", "He", "pH2", "Nitrogen"
	 * @return the gas, or empty when unknown
	 */
	public static Optional<Gas> lookup(String name) {
		for (Gas g : values()) {
			if (g.symbol.equals(name) || g.fluidName.equals(name)) {
				return Optional.of(g);
			}
		}
		String lower = name.toLowerCase(Locale.ROOT);
		for (Gas g : values()) {
			if (g.symbol.toLowerCase(Locale.ROOT).equals(lower) || g.fluidName.toLowerCase(Locale.ROOT).equals(lower)) {
				return Optional.of(g);
			}
		}
		return Optional.empty();
	}
}
