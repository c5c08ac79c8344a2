package org.cryostudio.ui.preferences;

import java.util.List;
import java.util.Optional;

import org.cryostudio.physics.units.Quantity;
import org.cryostudio.physics.units.Unit;
import org.cryostudio.physics.units.UnitParseException;
import org.cryostudio.physics.units.Units;
import org.eclipse.jface.preference.IPreferenceStore;

/**
 * The units results are shown in, one preference per kind of quantity. Values the solvers report
 * in another unit of the same dimension are converted; anything else is shown as reported.
 */
public final class DisplayUnits {

	/** One kind of quantity the user picks a display unit for. */
	public record Choice(String key, String label, String preferred, List<String> units) {
	}

	public static final List<Choice> CHOICES = List.of(
			new Choice("display.pressure", "Pressure", "Pa", List.of("Pa", "mbar", "torr", "bar")),
			new Choice("display.temperature", "Temperature", "K", List.of("K", "degC")),
			new Choice("display.volume", "Volume", "m3", List.of("m3", "L")),
			new Choice("display.speed", "Pumping speed", "L/s", List.of("L/s", "m3/s", "m3/h")),
			new Choice("display.throughput", "Gas throughput", "Pa*m3/s", List.of("Pa*m3/s", "mbar*L/s", "torr*L/s", "sccm")),
			new Choice("display.power", "Heat load", "W", List.of("W", "mW")),
			new Choice("display.time", "Time", "s", List.of("s", "min", "h")));

	private final IPreferenceStore store;
	private final int digits;

	public DisplayUnits(IPreferenceStore store) {
		this.store = store;
		int d = store.getInt(CryoPreferences.SIGNIFICANT_DIGITS);
		this.digits = d <= 0 ? 4 : Math.min(d, 10);
	}

	/** @return the value converted to the user's unit for its kind (or as reported), formatted */
	public String format(double value, String unitSymbol) {
		Quantity shown = convert(value, unitSymbol);
		return shown.format(digits);
	}

	/** @return the quantity in the display unit of its dimension, or unchanged */
	public Quantity convert(double value, String unitSymbol) {
		Unit reported;
		try {
			reported = unitSymbol == null || unitSymbol.isBlank() ? Unit.ONE : Units.parse(unitSymbol);
		} catch (UnitParseException e) {
			return new Quantity(value, Unit.ONE.named(unitSymbol));
		}
		Quantity quantity = new Quantity(value, reported);
		return target(reported).map(quantity::to).orElse(quantity);
	}

	/**
	 * The kind is recognised by the reported unit: one of a choice's units, else the only choice of
	 * that dimension (heat load in W and throughput in Pa*m3/s share a dimension: never mixed up).
	 */
	private Optional<Unit> target(Unit reported) {
		Choice kind = CHOICES.stream().filter(c -> c.units().contains(reported.symbol())).findFirst().orElse(null);
		if (kind == null) {
			List<Choice> same = CHOICES.stream().filter(c -> parse(c.preferred()).map(u -> u.isCompatible(reported)).orElse(false))
					.toList();
			kind = same.size() == 1 ? same.get(0) : null;
		}
		if (kind == null) {
			return Optional.empty();
		}
		String symbol = store.getString(kind.key());
		return parse(symbol.isBlank() ? kind.preferred() : symbol).filter(u -> u.isCompatible(reported));
	}

	private static Optional<Unit> parse(String symbol) {
		try {
			return Optional.of(Units.parse(symbol));
		} catch (UnitParseException e) {
			return Optional.empty();
		}
	}
}
