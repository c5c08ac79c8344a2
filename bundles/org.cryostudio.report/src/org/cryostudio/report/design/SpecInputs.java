package org.cryostudio.report.design;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

import org.cryostudio.dsl.cryo.Component;
import org.cryostudio.dsl.model.ComponentTypes;
import org.cryostudio.physics.units.Unit;
import org.cryostudio.physics.units.UnitParseException;
import org.cryostudio.physics.units.Units;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The inputs of a design: every property of every named element, as written, with its SI value
 * and its line. Per-gas values ("speed N2 1500 L/s") become one input per gas; curve and load
 * points are numbered; lists of names ("gas N2, H2O") are one input. The walk is generic over the
 * language's model, so a new property of the language is reported without a change here.
 */
public final class SpecInputs {

	/** Statements that are checked rather than used as inputs; reported on their own. */
	private static final Set<String> NOT_INPUTS = Set.of("Requirement", "Import");
	/** Features that are not values: the name, and the kind keyword already shown with the element. */
	private static final Set<String> IGNORED = Set.of("name", "kind");

	private SpecInputs() {
	}

	/** @return the elements of the resource that have a name, in the order they are written */
	public static List<ElementInputs> of(Resource resource) {
		List<ElementInputs> out = new ArrayList<>();
		TreeIterator<EObject> it = resource.getAllContents();
		while (it.hasNext()) {
			EObject o = it.next();
			if (NOT_INPUTS.contains(o.eClass().getName())) {
				it.prune();
			} else if (SpecNodes.name(o).isPresent()) {
				out.add(element(o));
			}
		}
		return out;
	}

	/** @return every input of the resource, element by element */
	public static List<InputValue> flat(Resource resource) {
		return of(resource).stream().flatMap(e -> e.values().stream()).toList();
	}

	private static ElementInputs element(EObject e) {
		String name = SpecNodes.qualifiedName(e);
		List<InputValue> values = new ArrayList<>();
		collect(e, name, "", null, values);
		values.sort(Comparator.comparingInt(InputValue::line));
		if (e instanceof Component c) {
			inherited(c, name, values);
		}
		return new ElementInputs(name, SpecNodes.kind(e), SpecNodes.location(e), values);
	}

	/**
	 * Adds the values an instance takes from its catalog types (nearest type first), each cited at
	 * the type's line, so that a reviewer sees every number the solvers use. A per-gas entry the
	 * instance sets itself replaces the type's entry for that gas only, as in the language.
	 */
	private static void inherited(Component instance, String name, List<InputValue> values) {
		List<Component> chain = ComponentTypes.chain(instance);
		Set<String> taken = new HashSet<>();
		values.forEach(v -> taken.add(v.property()));
		Set<EStructuralFeature> overridden = new HashSet<>();
		for (EStructuralFeature f : instance.eClass().getEAllStructuralFeatures()) {
			// a list the instance writes replaces the type's list, except per-gas tables (merged by gas)
			if (instance.eIsSet(f) && !perGas(f)) {
				overridden.add(f);
			}
		}
		for (Component type : chain.subList(1, chain.size())) {
			String typeName = SpecNodes.qualifiedName(type);
			List<InputValue> own = new ArrayList<>();
			for (EStructuralFeature f : type.eClass().getEAllStructuralFeatures()) {
				if (!f.getName().equals("type") && !overridden.contains(f) && usable(type, f, null)) {
					collectFeature(type, f, typeName, "", own);
				}
			}
			own.sort(Comparator.comparingInt(InputValue::line));
			for (InputValue v : own) {
				if (taken.add(v.property())) {
					values.add(v.inheritedBy(name, typeName));
				}
			}
			for (EStructuralFeature f : type.eClass().getEAllStructuralFeatures()) {
				if (type.eIsSet(f) && !perGas(f)) {
					overridden.add(f);
				}
			}
		}
	}

	private static boolean perGas(EStructuralFeature f) {
		return f instanceof EReference r && r.isContainment() && r.isMany()
				&& r.getEReferenceType() == org.cryostudio.dsl.cryo.CryoPackage.Literals.GAS_VALUE;
	}

	private static boolean usable(EObject owner, EStructuralFeature f, EStructuralFeature skip) {
		return f != skip && !IGNORED.contains(f.getName()) && !f.isDerived() && !f.isTransient() && owner.eIsSet(f);
	}

	private static void collect(EObject owner, String element, String prefix, EStructuralFeature skip, List<InputValue> out) {
		for (EStructuralFeature f : owner.eClass().getEAllStructuralFeatures()) {
			if (usable(owner, f, skip)) {
				collectFeature(owner, f, element, prefix, out);
			}
		}
	}

	private static void collectFeature(EObject owner, EStructuralFeature f, String element, String prefix, List<InputValue> out) {
		String label = prefix.isEmpty() ? SpecNodes.label(f)
				: f.getName().equals("value") ? prefix : prefix + " " + SpecNodes.label(f);
		if (f instanceof EAttribute || f instanceof EReference r && !r.isContainment()) {
			String written = SpecNodes.featureText(owner, f);
			if (written.isEmpty()) {
				written = String.valueOf(owner.eGet(f));
			}
			out.add(word(element, label, written, owner, SpecNodes.featureLine(owner, f)));
			return;
		}
		List<EObject> children = children(owner, f);
		if (children.isEmpty()) {
			return;
		}
		if (children.stream().allMatch(SpecInputs::isWord)) {
			out.add(word(element, label, String.join(", ", children.stream().map(SpecNodes::text).toList()), children.get(0),
					SpecNodes.line(children.get(0))));
			return;
		}
		for (int i = 0; i < children.size(); i++) {
			EObject c = children.get(i);
			String numbered = children.size() > 1 ? label + " " + (i + 1) : label;
			if (SpecNodes.isQuantity(c)) {
				out.add(quantity(element, numbered, c));
				continue;
			}
			EStructuralFeature gas = c.eClass().getEStructuralFeature("gas");
			if (gas instanceof EReference && !((EReference) gas).isContainment() && c.eIsSet(gas)) {
				collect(c, element, label + " " + SpecNodes.featureText(c, gas), gas, out);
			} else {
				collect(c, element, numbered, null, out);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> children(EObject owner, EStructuralFeature f) {
		Object v = owner.eGet(f);
		List<EObject> all = f.isMany() ? (List<EObject>) v : List.of((EObject) v);
		// named children are elements of their own; checked statements are reported elsewhere
		return all.stream().filter(c -> SpecNodes.name(c).isEmpty() && !NOT_INPUTS.contains(c.eClass().getName())).toList();
	}

	/** A child that is only a word (a gas symbol in a list), with no value of its own. */
	private static boolean isWord(EObject c) {
		if (SpecNodes.isQuantity(c)) {
			return false;
		}
		for (EStructuralFeature f : c.eClass().getEAllStructuralFeatures()) {
			if (c.eIsSet(f) && f instanceof EReference r && r.isContainment()) {
				return false;
			}
		}
		return true;
	}

	private static InputValue word(String element, String property, String written, EObject at, int line) {
		return new InputValue(element, property, written, OptionalDouble.empty(), "", SpecNodes.fileName(at), line, "");
	}

	private static InputValue quantity(String element, String property, EObject q) {
		double value = SpecNodes.quantityValue(q);
		String unitText = SpecNodes.quantityUnit(q);
		OptionalDouble si = OptionalDouble.empty();
		String siUnit = "";
		try {
			Unit unit = unitText.isEmpty() ? Unit.ONE : Units.parse(unitText);
			si = OptionalDouble.of(unit.toSi(value));
			siUnit = unitText.isEmpty() ? "" : (q instanceof org.cryostudio.dsl.cryo.Quantity typed ? SiUnits.of(typed, unit) : SiUnits.of(unit)).symbol();
		} catch (UnitParseException e) {
			// the validator reports the unit at the value; the report shows the text as written
		}
		return new InputValue(element, property, SpecNodes.text(q), si, siUnit, SpecNodes.fileName(q), SpecNodes.line(q), "");
	}
}
