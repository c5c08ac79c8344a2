package org.cryostudio.dsl.units;

import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;

import org.cryostudio.dsl.cryo.Quantity;
import org.cryostudio.dsl.model.ComponentTypes;
import org.cryostudio.physics.units.Unit;
import org.cryostudio.physics.units.UnitParseException;
import org.cryostudio.physics.units.Units;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Reads spec values in SI: the accessor solvers, reports and validators use instead of looking
 * at numbers and unit text themselves. Units are parsed by the physics library
 * ({@link Units#parse(String)}), once per distinct unit text.
 *
 * <p>Call the SI methods on validated models: an unreadable unit throws, a wrong dimension is
 * not detected here (the unit validator reports both at the value).
 */
public final class SpecQuantities {

	/** Parsed units by their text; a spec uses a few dozen distinct units, so this stays small. */
	private static final ConcurrentHashMap<String, Object> UNITS = new ConcurrentHashMap<>();
	private static final int CACHE_LIMIT = 10_000;

	private SpecQuantities() {
	}

	/**
	 * @return the value in SI (K for temperatures, Pa*m3/s for throughputs, m3/s for speeds ...)
	 * @throws UnitParseException when the unit text is not a unit
	 */
	public static double si(Quantity quantity) {
		return unit(quantity).toSi(quantity.getValue());
	}

	/**
	 * The SI value of a property of an element, following catalog types: an instance's own value
	 * overrides its type's.
	 *
	 * @param element e.g. a cryopump
	 * @param feature e.g. {@code CryoPackage.Literals.CRYOPUMP__PANEL_TEMPERATURE}
	 * @return the value in SI, or empty when neither the element nor its types set it
	 */
	public static OptionalDouble si(EObject element, EStructuralFeature feature) {
		Object value = ComponentTypes.effective(element, feature);
		return value instanceof Quantity q ? OptionalDouble.of(si(q)) : OptionalDouble.empty();
	}

	/**
	 * @return the unit of the value; {@link Unit#ONE} when the number has no unit
	 * @throws UnitParseException when the unit text is not a unit
	 */
	public static Unit unit(Quantity quantity) {
		String text = quantity.getUnit();
		return text == null || text.isBlank() ? Unit.ONE : parse(text);
	}

	/**
	 * @return the unit for a unit text as written in a spec
	 * @throws UnitParseException when the text is not a unit
	 */
	public static Unit parse(String text) {
		Object cached = UNITS.get(text);
		if (cached == null) {
			try {
				cached = Units.parse(text);
			} catch (UnitParseException e) {
				cached = e;
			}
			if (UNITS.size() < CACHE_LIMIT) {
				UNITS.put(text, cached);
			}
		}
		if (cached instanceof UnitParseException e) {
			throw new UnitParseException(e.getMessage().replaceFirst(" at offset .*", ""), e.text(), e.offset());
		}
		return (Unit) cached;
	}
}
