package org.cryostudio.physics.units;

import java.util.List;

/**
 * Kinds of quantity an engineer names in a spec or a report, each with its dimension and its
 * usual units (preferred first; the first is the SI unit used in JSON output). Kinds may share a
 * dimension (THROUGHPUT and POWER, PUMPING_SPEED and CONDUCTANCE): the kind says what a number
 * means, the dimension only whether two numbers can be compared.
 */
public enum QuantityKind {
	DIMENSIONLESS("dimensionless", Dimension.NONE, "1", "%"),
	LENGTH("length", Dimension.LENGTH, "m", "mm", "cm", "um", "km"),
	AREA("area", Dimension.AREA, "m2", "cm2", "mm2"),
	VOLUME("volume", Dimension.VOLUME, "m3", "L", "cm3", "mL"),
	TIME("time", Dimension.TIME, "s", "ms", "min", "h", "d"),
	FREQUENCY("frequency", Dimension.FREQUENCY, "Hz", "1/s", "1/min"),
	MASS("mass", Dimension.MASS, "kg", "g", "mg"),
	AMOUNT("amount of substance", Dimension.AMOUNT, "mol", "mmol", "kmol"),
	TEMPERATURE("temperature", Dimension.TEMPERATURE, "K", "mK", "degC"),
	POWER("power", Dimension.POWER, "W", "mW", "kW", "uW"),
	ENERGY("energy", Dimension.ENERGY, "J", "kJ", "eV", "meV"),
	PRESSURE("pressure", Dimension.PRESSURE, "Pa", "mbar", "bar", "torr", "atm", "psi", "kPa", "MPa"),
	PUMPING_SPEED("pumping speed", Dimension.PUMPING_SPEED, "m3/s", "L/s", "m3/h", "L/min", "L/h"),
	CONDUCTANCE("conductance", Dimension.CONDUCTANCE, "m3/s", "L/s", "m3/h"),
	THROUGHPUT("throughput", Dimension.THROUGHPUT, "Pa*m3/s", "mbar*L/s", "torr*L/s", "sccm", "slm"),
	OUTGASSING_RATE("outgassing rate", Dimension.OUTGASSING_RATE, "Pa*m3/(s*m2)", "mbar*L/(s*cm2)",
			"torr*L/(s*cm2)"),
	HEAT_FLUX("heat flux", Dimension.HEAT_FLUX, "W/m2", "mW/m2", "W/cm2"),
	THERMAL_CONDUCTIVITY("thermal conductivity", Dimension.THERMAL_CONDUCTIVITY, "W/(m*K)", "mW/(m*K)"),
	THERMAL_CONDUCTANCE("thermal conductance", Dimension.THERMAL_CONDUCTANCE, "W/K", "mW/K"),
	DENSITY("density", Dimension.DENSITY, "kg/m3", "g/cm3", "g/L"),
	MASS_FLOW("mass flow", Dimension.MASS_FLOW, "kg/s", "g/s", "kg/h"),
	SPECIFIC_ENERGY("specific energy", Dimension.SPECIFIC_ENERGY, "J/kg", "kJ/kg"),
	SPECIFIC_HEAT("specific heat capacity or entropy", Dimension.SPECIFIC_HEAT, "J/(kg*K)", "kJ/(kg*K)"),
	MOLAR_ENERGY("molar energy", Dimension.MOLAR_ENERGY, "J/mol", "kJ/mol"),
	MOLAR_MASS("molar mass", Dimension.MOLAR_MASS, "kg/mol", "g/mol"),
	VELOCITY("velocity", Dimension.VELOCITY, "m/s", "km/s"),
	DYNAMIC_VISCOSITY("dynamic viscosity", Dimension.DYNAMIC_VISCOSITY, "Pa*s", "uPa*s", "mPa*s"),
	JOULE_THOMSON("Joule-Thomson coefficient", Dimension.JOULE_THOMSON, "K/Pa", "K/bar", "K/MPa");

	private final String label;
	private final Dimension dimension;
	private final String[] symbols;
	private volatile List<Unit> units;

	QuantityKind(String label, Dimension dimension, String... symbols) {
		this.label = label;
		this.dimension = dimension;
		this.symbols = symbols;
	}

	/** @return a human-readable name, e.g. "pumping speed" */
	public String label() {
		return label;
	}

	public Dimension dimension() {
		return dimension;
	}

	/** @return the usual units, preferred (SI) first */
	public List<Unit> commonUnits() {
		List<Unit> u = units;
		if (u == null) {
			u = java.util.Arrays.stream(symbols).map(Units::parse).toList();
			units = u;
		}
		return u;
	}

	/** @return the SI unit of this kind, e.g. Pa*m3/s for THROUGHPUT */
	public Unit siUnit() {
		return commonUnits().get(0);
	}
}
