package org.cryostudio.report.design;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.cryostudio.physics.units.UnitParseException;
import org.cryostudio.physics.units.Units;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The words of the Cryo language that the report's physics facts rely on, in one place: which
 * properties are cold-surface temperatures, which elements are vessels and what holds their
 * gas temperature, how a pump is connected to its vessel, how gases are declared. The tests of
 * this bundle parse the bundled examples and fail when the language stops using these words.
 */
final class SpecVocabulary {

	/** Properties holding the temperature of a surface that condenses gas, with the surface's name. */
	static final List<String[]> COLD_SURFACE_TEMPERATURES = List.of(new String[] { "panelTemperature", "panel" },
			new String[] { "baffleTemperature", "baffle" });
	/** Element kinds whose "temperature" is itself a cold surface. */
	static final Set<String> COLD_TRAPS = Set.of("ColdTrap");
	/** Element kinds that hold gas, and the properties giving its temperature (first set wins). */
	static final Set<String> VESSELS = Set.of("Chamber", "Volume");
	static final List<String> VESSEL_TEMPERATURES = List.of("wallTemperature", "temperature");
	/** References from a pump to the vessel it pumps. */
	static final List<String> ATTACHMENT = List.of("attachedTo");
	/** The ends of a conductance. */
	static final String FROM = "from";
	static final String TO = "to";
	/** Gas declarations: a list entry with a symbol, or a named gas element. */
	static final String GAS_REFERENCE = "GasRef";
	static final String GAS_SYMBOL = "symbol";
	static final String PURE_GAS = "PureGas";

	private SpecVocabulary() {
	}

	/** @return the value of a Quantity feature in SI, empty when unset or unreadable */
	static OptionalDouble si(EObject o, String feature) {
		EStructuralFeature f = o.eClass().getEStructuralFeature(feature);
		if (f == null || f.isMany() || !o.eIsSet(f) || !(o.eGet(f) instanceof EObject q) || !SpecNodes.isQuantity(q)) {
			return OptionalDouble.empty();
		}
		try {
			String unit = SpecNodes.quantityUnit(q);
			return unit.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Units.parse(unit).toSi(SpecNodes.quantityValue(q)));
		} catch (UnitParseException e) {
			return OptionalDouble.empty();
		}
	}

	/** @return the Quantity object of a feature, for its line */
	static Optional<EObject> quantity(EObject o, String feature) {
		EStructuralFeature f = o.eClass().getEStructuralFeature(feature);
		if (f != null && !f.isMany() && o.eIsSet(f) && o.eGet(f) instanceof EObject q && SpecNodes.isQuantity(q)) {
			return Optional.of(q);
		}
		return Optional.empty();
	}

	/** @return the resolved target of a single-valued reference */
	static Optional<EObject> reference(EObject o, String feature) {
		EStructuralFeature f = o.eClass().getEStructuralFeature(feature);
		if (f instanceof EReference r && !r.isContainment() && !r.isMany() && o.eIsSet(f)
				&& o.eGet(f) instanceof EObject target && !target.eIsProxy()) {
			return Optional.of(target);
		}
		return Optional.empty();
	}

	static boolean isVessel(EObject o) {
		return VESSELS.contains(o.eClass().getName());
	}
}
