package org.cryostudio.dsl.units;

import java.util.Arrays;
import java.util.List;

import org.cryostudio.physics.units.Dimension;
import org.cryostudio.physics.units.QuantityKind;
import org.cryostudio.physics.units.Unit;

/**
 * What a spec property measures: its dimension, the units an engineer usually writes for it
 * (preferred first, used by content assist and quick fixes), whether a bare number is a
 * complete value, and the range every value must lie in. Most kinds come from the physics
 * library's {@link QuantityKind}; the others are quantities specific to specs (gas amounts
 * in pV, counts, fractions, layer densities ...).
 */
public enum PropertyKind {
	LENGTH(QuantityKind.LENGTH),
	AREA(QuantityKind.AREA),
	VOLUME(QuantityKind.VOLUME),
	TIME(QuantityKind.TIME),
	MASS(QuantityKind.MASS),
	TEMPERATURE(QuantityKind.TEMPERATURE),
	POWER(QuantityKind.POWER),
	PRESSURE(QuantityKind.PRESSURE),
	PUMPING_SPEED(QuantityKind.PUMPING_SPEED),
	THROUGHPUT(QuantityKind.THROUGHPUT),
	OUTGASSING_RATE(QuantityKind.OUTGASSING_RATE),
	MASS_FLOW(QuantityKind.MASS_FLOW),
	DENSITY(QuantityKind.DENSITY),
	/** Activation or desorption energy per molecule. */
	ENERGY("energy", Dimension.ENERGY, Range.POSITIVE, false, "eV", "meV", "J"),
	/** pV amount of gas, e.g. a cryopump capacity ("standard litres" are atm*L at 0 degC). */
	GAS_AMOUNT("gas amount (pV)", Dimension.ENERGY, Range.NON_NEGATIVE, false, "Pa*m3", "mbar*L", "torr*L", "atm*L"),
	HEAT_CAPACITY("heat capacity", Dimension.ENERGY.divide(Dimension.TEMPERATURE), Range.NON_NEGATIVE, false, "J/K", "kJ/K"),
	/** Molar circulation, e.g. the 3He flow of a dilution refrigerator. */
	AMOUNT_FLOW("amount flow", Dimension.AMOUNT.divide(Dimension.TIME), Range.NON_NEGATIVE, false, "mol/s", "mmol/s", "umol/s"),
	/** MLI layers per thickness. */
	LAYER_DENSITY("layer density", Dimension.LENGTH.pow(-1), Range.NON_NEGATIVE, false, "1/cm", "1/mm", "1/m"),
	/** Henry-law permeability K in q = K A dp / d. */
	PERMEABILITY("permeability", Dimension.AREA.divide(Dimension.TIME), Range.NON_NEGATIVE, false, "m2/s", "cm2/s"),
	/** Kapitza coefficient a in h = a T^3. */
	KAPITZA_COEFFICIENT("Kapitza coefficient", Dimension.POWER.divide(Dimension.AREA.times(Dimension.TEMPERATURE.pow(4))),
			Range.NON_NEGATIVE, false, "W/(m2*K4)"),
	ANGLE("angle", Dimension.NONE, Range.NON_NEGATIVE, false, "deg", "rad"),
	/** A fraction between 0 and 1: emissivity, transmission, capture or sticking coefficient, efficiency. */
	FRACTION("fraction (0 to 1)", Dimension.NONE, Range.FRACTION, true, "%"),
	/** A dimensionless ratio or exponent of any size: compression ratio, safety factor, decay exponent. */
	RATIO("dimensionless ratio", Dimension.NONE, Range.NON_NEGATIVE, true),
	/** A whole number of things: MLI layers, supports, shields. */
	COUNT("count", Dimension.NONE, Range.WHOLE, true);

	/** The values a kind admits, checked on the SI value. */
	public enum Range {
		NON_NEGATIVE, POSITIVE, FRACTION, WHOLE
	}

	private final String label;
	private final Dimension dimension;
	private final Range range;
	private final boolean bareNumber;
	private final List<String> units;

	PropertyKind(QuantityKind kind) {
		this(kind.label(), kind.dimension(), Range.NON_NEGATIVE, false,
				kind.commonUnits().stream().map(Unit::symbol).toArray(String[]::new));
	}

	PropertyKind(String label, Dimension dimension, Range range, boolean bareNumber, String... units) {
		this.label = label;
		this.dimension = dimension;
		this.range = range;
		this.bareNumber = bareNumber;
		this.units = List.copyOf(Arrays.asList(units));
	}

	/** @return e.g. "pumping speed" */
	public String label() {
		return label;
	}

	public Dimension dimension() {
		return dimension;
	}

	public Range range() {
		return range;
	}

	/** @return true when a number without unit is a complete value (dimensionless kinds) */
	public boolean acceptsBareNumber() {
		return bareNumber;
	}

	/** @return true when the value takes no unit at all (counts) */
	public boolean forbidsUnit() {
		return range == Range.WHOLE;
	}

	/** @return the usual unit symbols, preferred first; empty for ratios and counts */
	public List<String> units() {
		return units;
	}

	/** @return the preferred unit symbol, or null when the kind has none */
	public String preferredUnit() {
		return units.isEmpty() ? null : units.get(0);
	}

	/** @return the label with the preferred unit, e.g. "pumping speed (m3/s)" */
	public String describe() {
		return units.isEmpty() ? label : label + " (" + String.join(", ", units) + ")";
	}
}
