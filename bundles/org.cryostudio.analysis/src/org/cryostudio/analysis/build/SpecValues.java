package org.cryostudio.analysis.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.cryostudio.analysis.model.InvalidModelException;
import org.cryostudio.dsl.cryo.Component;
import org.cryostudio.dsl.cryo.GasSpecies;
import org.cryostudio.dsl.cryo.GasValue;
import org.cryostudio.dsl.cryo.Mixture;
import org.cryostudio.dsl.cryo.Quantity;
import org.cryostudio.dsl.model.ComponentTypes;
import org.cryostudio.dsl.model.LibraryLinks;
import org.cryostudio.dsl.model.SourceLocation;
import org.cryostudio.dsl.units.SpecQuantities;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.units.UnitParseException;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Reads the values of spec elements in SI for the model builders, following catalog types
 * (an instance's own value overrides its type's), and turns every problem into a
 * {@link SpecModelException} at the element's line.
 */
final class SpecValues {

	private SpecValues() {
	}

	/** @return the SI value of a property, empty when neither the element nor its types set it */
	static OptionalDouble optional(EObject element, EStructuralFeature feature) {
		try {
			return SpecQuantities.si(element, feature);
		} catch (UnitParseException e) {
			throw new SpecModelException(line(element), name(element) + ": " + e.getMessage());
		}
	}

	/** @return the SI value of a property the element must have */
	static double required(EObject element, EStructuralFeature feature, String what) {
		OptionalDouble v = optional(element, feature);
		if (v.isEmpty()) {
			throw new SpecModelException(line(element), name(element) + " needs its " + what + " to be solved");
		}
		return v.getAsDouble();
	}

	/** @return the SI value of a property, or the default */
	static double orElse(EObject element, EStructuralFeature feature, double fallback) {
		return optional(element, feature).orElse(fallback);
	}

	/** @return the SI value of a quantity */
	static double si(Quantity q) {
		try {
			return SpecQuantities.si(q);
		} catch (UnitParseException e) {
			throw new SpecModelException(line(q), e.getMessage());
		}
	}

	/** @return the effective value of a reference or attribute (following catalog types), or null */
	static Object effective(EObject element, EStructuralFeature feature) {
		return ComponentTypes.effective(element, feature);
	}

	/**
	 * A per-gas table in SI, merged along the type chain; a mixture entry is rejected (tables are
	 * per species).
	 */
	static Map<Gas, Double> perGas(Component element, EStructuralFeature feature) {
		Map<Gas, Double> out = new LinkedHashMap<>();
		for (GasValue v : ComponentTypes.perGas(element, feature).values()) {
			Gas gas = pureGas(v.getGas(), v);
			out.put(gas, si(v.getValue()));
		}
		return out;
	}

	/** @return the physics gas of a pure species reference */
	static Gas pureGas(GasSpecies species, EObject at) {
		if (species == null || species.eIsProxy()) {
			throw new SpecModelException(line(at), "unresolved gas");
		}
		return LibraryLinks.gas(species).orElseThrow(() -> new SpecModelException(line(at),
				"'" + species.getName() + "' is not a pure gas of the standard library (a table needs one species per entry)"));
	}

	/**
	 * @return the composition of a gas reference: one species with fraction 1, or a mixture's
	 *         species with their mole fractions normalised to sum 1
	 */
	static Map<Gas, Double> composition(GasSpecies species, EObject at) {
		if (species instanceof Mixture m) {
			Map<Gas, Double> parts = new LinkedHashMap<>();
			double sum = 0;
			for (GasValue v : m.getFractions()) {
				double f = si(v.getValue());
				parts.merge(pureGas(v.getGas(), v), f, Double::sum);
				sum += f;
			}
			if (!(sum > 0)) {
				throw new SpecModelException(line(m), "mixture " + m.getName() + " has no positive fraction");
			}
			for (Map.Entry<Gas, Double> e : parts.entrySet()) {
				e.setValue(e.getValue() / sum);
			}
			return parts;
		}
		return Map.of(pureGas(species, at), 1.0);
	}

	/**
	 * @return true when the element or one of its types writes the property, even with its
	 *         default value (EMF does not count an enum set to its first literal as set)
	 */
	static boolean written(EObject element, EStructuralFeature feature) {
		List<EObject> chain = element instanceof Component c ? new ArrayList<>(ComponentTypes.chain(c)) : List.of(element);
		for (EObject e : chain) {
			if (feature.getEContainingClass().isInstance(e)
					&& (e.eIsSet(feature) || !org.eclipse.xtext.nodemodel.util.NodeModelUtils.findNodesForFeature(e, feature).isEmpty())) {
				return true;
			}
		}
		return false;
	}

	/** @return the list feature's elements of the first element in the type chain that sets it */
	@SuppressWarnings("unchecked")
	static <T> List<T> list(EObject element, EStructuralFeature feature) {
		Object v = effective(element, feature);
		return v instanceof List<?> l ? new ArrayList<>((List<T>) l) : List.of();
	}

	/** Runs a network constructor, turning its refusal into a located error. */
	static <T> T guard(EObject element, java.util.function.Supplier<T> create) {
		try {
			return create.get();
		} catch (InvalidModelException e) {
			throw new SpecModelException(line(element), e.getMessage());
		} catch (IllegalArgumentException e) {
			throw new SpecModelException(line(element), name(element) + ": " + e.getMessage());
		}
	}

	/** @return 1-based line of an element, 0 when it has no node model */
	static int line(EObject o) {
		return o == null ? 0 : SourceLocation.line(o);
	}

	/** @return the element's name, or its kind for an unnamed one */
	static String name(EObject o) {
		if (o instanceof Component c && c.getName() != null) {
			return c.getName();
		}
		if (o instanceof org.cryostudio.dsl.cryo.Element e && e.getName() != null) {
			return e.getName();
		}
		return o == null ? "?" : o.eClass().getName();
	}
}
