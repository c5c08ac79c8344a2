package org.cryostudio.dsl.validation;

import java.util.LinkedHashSet;
import java.util.Set;

import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.Quantity;
import org.cryostudio.dsl.units.PropertyKind;
import org.cryostudio.dsl.units.PropertyKinds;
import org.cryostudio.dsl.units.SpecQuantities;
import org.cryostudio.physics.units.Dimension;
import org.cryostudio.physics.units.QuantityKind;
import org.cryostudio.physics.units.Unit;
import org.cryostudio.physics.units.UnitParseException;
import org.eclipse.xtext.validation.Check;

/**
 * Every value carries a unit of its property's dimension: a missing unit is reported at the
 * number, a wrong or unknown unit at the unit, with the units the property takes as issue data
 * (the quick fixes offer them). Values must lie in the property's range.
 */
public class UnitValidator extends CryoCheck {

	/** A fraction of Carnot above 1 is a physics finding (carnot-exceeded), reported by the refrigeration rules. */
	private static final Set<Object> CARNOT_FRACTIONS = Set.of(Literals.CRYOCOOLER__CARNOT_FRACTION,
			Literals.REFRIGERATOR__CARNOT_FRACTION);

	@Check
	public void checkQuantity(Quantity quantity) {
		PropertyKind kind = PropertyKinds.kindOf(quantity);
		if (kind == null) {
			return;
		}
		String[] units = kind.units().toArray(String[]::new);
		String text = quantity.getUnit();
		Unit unit;
		if (text == null || text.isBlank()) {
			if (!kind.acceptsBareNumber()) {
				error(kind.label() + " needs a unit, e.g. " + example(quantity, kind), quantity,
						Literals.QUANTITY__VALUE, IssueCodes.UNIT_MISSING, units);
				return;
			}
			unit = Unit.ONE;
		} else if (kind.forbidsUnit()) {
			error("a " + kind.label() + " is a plain number, without unit", quantity, Literals.QUANTITY__UNIT,
					IssueCodes.UNIT_DIMENSION, units);
			return;
		} else {
			try {
				unit = SpecQuantities.parse(text);
			} catch (UnitParseException e) {
				error(e.getMessage().replaceFirst(" at offset .*", "") + " in '" + text + "'; " + kind.label()
						+ " takes " + unitList(kind), quantity, Literals.QUANTITY__UNIT, IssueCodes.UNIT_UNKNOWN, units);
				return;
			}
			if (!unit.dimension().equals(kind.dimension())) {
				error("'" + text + "' is " + article(describe(unit.dimension())) + ", but " + kind.label() + " takes "
						+ unitList(kind), quantity, Literals.QUANTITY__UNIT, IssueCodes.UNIT_DIMENSION, units);
				return;
			}
		}
		checkRange(quantity, kind, unit);
	}

	private void checkRange(Quantity quantity, PropertyKind kind, Unit unit) {
		double si = unit.toSi(quantity.getValue());
		String written = quantity.getUnit() == null ? "" : " " + quantity.getUnit().strip();
		String problem = null;
		if (si < 0) {
			problem = kind == PropertyKind.TEMPERATURE ? "a temperature below absolute zero"
					: kind.label() + " cannot be negative";
		} else if (kind == PropertyKind.TEMPERATURE && si == 0) {
			problem = "0 K cannot be reached (third law of thermodynamics); give the temperature the part really has";
		} else if (si > absurdAbove(kind)) {
			problem = kind.label() + " of " + org.cryostudio.physics.units.Quantity.engineering(quantity.getValue(), 3) + written
					+ " is beyond any physical design value (above "
					+ org.cryostudio.physics.units.Quantity.engineering(unit.fromSi(absurdAbove(kind)), 3) + written
					+ "): check the number and its unit";
		} else if (kind.range() == PropertyKind.Range.POSITIVE && si == 0) {
			problem = kind.label() + " must be above zero";
		} else if (kind.range() == PropertyKind.Range.FRACTION && si > 1 && !CARNOT_FRACTIONS.contains(quantity.eContainingFeature())) {
			problem = kind.label() + ": a value above 1 (100 %)";
		} else if (kind.range() == PropertyKind.Range.WHOLE && si != Math.rint(si)) {
			problem = "a " + kind.label() + " is a whole number";
		}
		if (problem != null) {
			error(problem, quantity, Literals.QUANTITY__VALUE, IssueCodes.VALUE_RANGE);
		}
	}

	/**
	 * Upper bound of a plausible input, SI, so that a slipped exponent (1e300 Pa) is a located error
	 * instead of a model answer: 10,000 K is above any material's melting point and every equation
	 * of state here; 1 GPa is ten times the highest-pressure gas storage (70 MPa hydrogen); 1e12 in
	 * SI units bounds everything else (31,700 years, 1e12 m3, 1 TW, ...).
	 */
	static double absurdAbove(PropertyKind kind) {
		return switch (kind) {
			case TEMPERATURE -> 1e4;
			case PRESSURE -> 1e9;
			default -> 1e12;
		};
	}

	private static String example(Quantity quantity, PropertyKind kind) {
		String number = org.cryostudio.physics.units.Quantity.engineering(quantity.getValue(), 6);
		return number + " " + kind.preferredUnit() + " (" + unitList(kind) + ")";
	}

	private static String unitList(PropertyKind kind) {
		return kind.units().isEmpty() ? "no unit" : String.join(", ", kind.units());
	}

	/** @return what a dimension measures, e.g. "temperature", "power or throughput" */
	static String describe(Dimension dimension) {
		if (dimension.isNone()) {
			return "dimensionless number";
		}
		Set<String> labels = new LinkedHashSet<>();
		for (QuantityKind k : QuantityKind.values()) {
			if (k.dimension().equals(dimension)) {
				labels.add(k.label());
			}
		}
		for (PropertyKind k : PropertyKind.values()) {
			if (k.dimension().equals(dimension)) {
				labels.add(k.label());
			}
		}
		return labels.isEmpty() ? "unit of [" + dimension + "]" : String.join(" or ", labels);
	}

	private static String article(String noun) {
		return (noun.matches("^[aeiouAEIOU].*") ? "an " : "a ") + noun;
	}
}
