package org.cryostudio.dsl.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

import org.cryostudio.dsl.cryo.Component;
import org.cryostudio.dsl.cryo.GasSpecies;
import org.cryostudio.dsl.cryo.GasValue;
import org.cryostudio.dsl.cryo.Mixture;
import org.cryostudio.dsl.cryo.Quantity;
import org.cryostudio.dsl.model.ComponentTypes;
import org.cryostudio.dsl.model.LibraryLinks;
import org.cryostudio.dsl.units.PropertyKind;
import org.cryostudio.dsl.units.PropertyKinds;
import org.cryostudio.dsl.units.SpecQuantities;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.units.Unit;
import org.cryostudio.physics.units.UnitParseException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Values the physics rules compute with: SI values that are usable (set, a readable unit of the
 * right dimension, finite and in range). A value that is not usable is reported by the unit
 * validator at the value itself, so the rules simply skip it instead of reporting twice.
 */
final class SpecValues {

	private SpecValues() {
	}

	/** @return the SI value, or empty when the quantity is unusable (see the class comment) */
	static OptionalDouble si(Quantity quantity) {
		if (quantity == null) {
			return OptionalDouble.empty();
		}
		PropertyKind kind = PropertyKinds.kindOf(quantity);
		Unit unit;
		try {
			unit = SpecQuantities.unit(quantity);
		} catch (UnitParseException e) {
			return OptionalDouble.empty();
		}
		if (kind != null && !unit.dimension().equals(kind.dimension())) {
			return OptionalDouble.empty();
		}
		if (kind != null && unit == Unit.ONE && !kind.acceptsBareNumber()) {
			return OptionalDouble.empty();
		}
		double si = unit.toSi(quantity.getValue());
		if (!Double.isFinite(si) || si < 0) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of(si);
	}

	/** @return the effective quantity of a property (the element's own, else its catalog type's), or null */
	static Quantity quantity(EObject element, EStructuralFeature feature) {
		Object value = ComponentTypes.effective(element, feature);
		return value instanceof Quantity q ? q : null;
	}

	/** @return the usable SI value of a property, following catalog types */
	static OptionalDouble si(EObject element, EStructuralFeature feature) {
		return si(quantity(element, feature));
	}

	/** @return the usable, strictly positive SI value of a property */
	static OptionalDouble positive(EObject element, EStructuralFeature feature) {
		OptionalDouble v = si(element, feature);
		return v.isPresent() && v.getAsDouble() > 0 ? v : OptionalDouble.empty();
	}

	/**
	 * @return true when the element sets the property itself (not through its catalog type); an
	 *         enumeration set to its first literal counts as set when the text writes it
	 */
	static boolean isLocal(EObject element, EStructuralFeature feature) {
		return feature.getEContainingClass().isInstance(element)
				&& (element.eIsSet(feature) || !NodeModelUtils.findNodesForFeature(element, feature).isEmpty());
	}

	/**
	 * Like {@link ComponentTypes#effective}, but an enumeration written with its first literal
	 * (sorbent charcoal, shape sphere: EMF's default, so "unset" to eIsSet) counts as set.
	 *
	 * @return the value of the element or of its nearest type that writes it, or null
	 */
	static Object written(EObject element, EStructuralFeature feature) {
		if (!(element instanceof Component component)) {
			return isLocal(element, feature) ? element.eGet(feature) : null;
		}
		for (Component c : ComponentTypes.chain(component)) {
			if (isLocal(c, feature)) {
				return c.eGet(feature);
			}
		}
		return null;
	}

	/**
	 * @return the physics gases of a species with their mole fractions: a pure gas is itself with
	 *         fraction 1, a mixture its components; empty for unresolved or unknown species
	 */
	static Map<Gas, Double> components(GasSpecies species) {
		Map<Gas, Double> out = new LinkedHashMap<>();
		if (species == null || species.eIsProxy()) {
			return out;
		}
		if (species instanceof Mixture mixture) {
			for (GasValue fraction : mixture.getFractions()) {
				OptionalDouble x = si(fraction.getValue());
				LibraryLinks.gas(fraction.getGas()).ifPresent(g -> {
					if (x.isPresent()) {
						out.merge(g, x.getAsDouble(), Double::sum);
					}
				});
			}
			return out;
		}
		LibraryLinks.gas(species).ifPresent(g -> out.put(g, 1.0));
		return out;
	}

	/**
	 * A per-gas table merged along the catalog type chain, by physics gas.
	 *
	 * @return usable SI values by gas (entries of mixtures or unknown gases are left out)
	 */
	static Map<Gas, Double> perGas(Component component, EStructuralFeature feature) {
		Map<Gas, Double> out = new LinkedHashMap<>();
		for (GasValue value : ComponentTypes.perGas(component, feature).values()) {
			OptionalDouble v = si(value.getValue());
			if (v.isPresent()) {
				LibraryLinks.gas(value.getGas()).ifPresent(g -> out.put(g, v.getAsDouble()));
			}
		}
		return out;
	}

	/** @return the entry of a per-gas table for a gas, following catalog types, or null */
	static GasValue entry(Component component, EStructuralFeature feature, Gas gas) {
		for (GasValue value : ComponentTypes.perGas(component, feature).values()) {
			if (LibraryLinks.gas(value.getGas()).orElse(null) == gas) {
				return value;
			}
		}
		return null;
	}
}
