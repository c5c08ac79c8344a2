package org.cryostudio.diagram.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.cryostudio.dsl.cryo.Model;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The model changes a diagram makes: create, connect, rename, delete, set a property. Each is a
 * {@link SpecChange} for {@link SpecEditor}; they work on any element kind through EMF
 * reflection, so the grammar decides what exists and these only decide how to change it.
 */
public final class DiagramEdits {

	private static final String NAME = "name";

	private DiagramEdits() {
	}

	/** Completes a new element before it is added: its kind, its ends, its first properties. */
	@FunctionalInterface
	public interface Init {
		void apply(EObject element, SpecModel model) throws EditRefusedException;
	}

	/** A creation; after the edit ran, {@link #createdName()} is the qualified name it got. */
	public static final class Creation implements SpecChange {
		private final EClass eClass;
		private final String containerName;
		private final String baseName;
		private final Init init;
		private String near;
		private String created;

		Creation(EClass eClass, String containerName, String baseName, Init init) {
			this.eClass = eClass;
			this.containerName = containerName;
			this.baseName = baseName;
			this.init = init;
		}

		/** Puts the new element in the system of the element named {@code element} (when no container was given). */
		public Creation in(String element) {
			near = element;
			return this;
		}

		@Override
		public void apply(SpecModel model) throws EditRefusedException {
			EObject container = containerName != null ? model.element(containerName)
					: Palette.systemOf(near == null ? null : model.element(near), (Model) model.root());
			EReference slot = slotFor(container, eClass);
			EObject element = EcoreUtil.create(eClass);
			element.eSet(eClass.getEStructuralFeature(NAME), model.numberedName(container, baseName));
			init.apply(element, model);
			@SuppressWarnings("unchecked")
			EList<EObject> list = (EList<EObject>) container.eGet(slot);
			list.add(element);
			created = model.names().of(element);
		}

		/** @return the qualified name of the new element, null before the edit ran */
		public String createdName() {
			return created;
		}
	}

	/** @param containerName the element to create in, null for the first system of the spec */
	public static Creation create(EClass eClass, String containerName, String baseName, Init init) {
		return new Creation(eClass, containerName, baseName, init);
	}

	/** A connection element (duct, heat path) from one element to another, created in {@code containerName}. */
	public static Creation connect(EClass eClass, String containerName, String baseName, Init init,
			EReference sourceEnd, EReference targetEnd, String source, String target) {
		return new Creation(eClass, containerName, baseName, (e, model) -> {
			e.eSet(sourceEnd, model.element(source));
			e.eSet(targetEnd, model.element(target));
			init.apply(e, model);
		});
	}

	public static SpecChange rename(String element, String newName) {
		return model -> {
			if (!newName.matches("\\^?[A-Za-z_][A-Za-z0-9_]*")) {
				throw new EditRefusedException("'" + newName + "' is not a name: use letters, digits and _, not starting with a digit");
			}
			EObject e = model.element(element);
			EObject container = e.eContainer();
			if (container != null && !newName.equals(e.eGet(e.eClass().getEStructuralFeature(NAME)))
					&& !model.uniqueName(container, newName).equals(newName)) {
				throw new EditRefusedException("there is already an element named '" + newName + "' here");
			}
			e.eSet(e.eClass().getEStructuralFeature(NAME), newName);
		};
	}

	/**
	 * @param required references an element cannot exist without; elements referring to a
	 *                 deleted element through one of them are deleted too
	 * @param optional references that are dropped when their target goes (a pump's "on")
	 */
	public static SpecChange delete(Collection<String> elements, Set<EReference> required, Set<EReference> optional) {
		return model -> {
			List<EObject> objects = new ArrayList<>();
			for (String name : elements) {
				objects.add(model.element(name));
			}
			model.delete(objects, required, optional);
		};
	}

	/** Deletes with the language's rules ({@link Palette#REQUIRED_ENDS}, {@link Palette#OPTIONAL_ENDS}). */
	public static SpecChange delete(Collection<String> elements) {
		return delete(elements, Palette.REQUIRED_ENDS, Palette.OPTIONAL_ENDS);
	}

	/** Removes one single-valued property (a pump's "on", a stage's "cooled by") of an element. */
	public static SpecChange unset(String element, String feature) {
		return model -> {
			EObject e = model.element(element);
			EStructuralFeature f = feature(e, feature);
			if (f instanceof EReference r && !r.isContainment()) {
				model.removeReference(e, r);
			} else {
				e.eUnset(f);
			}
		};
	}

	/** Sets a quantity-valued property from text such as "0.35 m3", keeping the property's position. */
	public static SpecChange setQuantity(String element, String feature, String text) {
		return model -> {
			QuantityText q = QuantityText.parse(text);
			EObject e = model.element(element);
			EReference f = (EReference) feature(e, feature);
			EObject quantity = (EObject) e.eGet(f);
			if (quantity == null) {
				quantity = EcoreUtil.create(f.getEReferenceType());
				e.eSet(f, quantity);
			}
			EStructuralFeature value = quantity.eClass().getEStructuralFeature("value");
			EStructuralFeature unit = quantity.eClass().getEStructuralFeature("unit");
			if (!Double.valueOf(q.value()).equals(quantity.eGet(value))) {
				quantity.eSet(value, q.value());
			}
			String u = q.unit().isEmpty() ? null : q.unit();
			if (u == null ? quantity.eGet(unit) != null : !u.equals(quantity.eGet(unit))) {
				quantity.eSet(unit, u);
			}
		};
	}

	/**
	 * Sets a reference property to the element of that name: a qualified name of the spec, or a
	 * name as it would be written there (a library material, a sibling element).
	 */
	public static SpecChange setReference(String element, String feature, String target) {
		return model -> {
			EObject e = model.element(element);
			EStructuralFeature f = feature(e, feature);
			if (!(f instanceof EReference r) || r.isContainment()) {
				throw new EditRefusedException("'" + feature + "' does not name another element");
			}
			e.eSet(f, model.resolve(e, r, target));
		};
	}

	/** Sets an attribute: an enumeration literal by its literal text, a boolean flag, a string. */
	public static SpecChange setAttribute(String element, String feature, String text) {
		return model -> {
			EObject e = model.element(element);
			EAttribute a = (EAttribute) feature(e, feature);
			Object value;
			if (a.getEAttributeType() instanceof EEnum en) {
				EEnumLiteral lit = en.getEEnumLiteralByLiteral(text);
				if (lit == null) {
					throw new EditRefusedException("'" + text + "' is not one of " + en.getELiterals());
				}
				value = lit.getInstance();
			} else if (a.getEAttributeType().getInstanceClass() == boolean.class) {
				value = Boolean.parseBoolean(text);
			} else {
				value = text;
			}
			e.eSet(a, value);
		};
	}

	static EStructuralFeature feature(EObject e, String name) throws EditRefusedException {
		EStructuralFeature f = e.eClass().getEStructuralFeature(name);
		if (f == null) {
			throw new EditRefusedException(e.eClass().getName() + " has no property '" + name + "'");
		}
		return f;
	}

	/** @return the containment of {@code container} that takes elements of {@code eClass} */
	static EReference slotFor(EObject container, EClass eClass) throws EditRefusedException {
		for (EReference r : container.eClass().getEAllContainments()) {
			if (r.isMany() && r.getEReferenceType().isSuperTypeOf(eClass)) {
				return r;
			}
		}
		throw new EditRefusedException("a " + eClass.getName() + " cannot be placed in a " + container.eClass().getName());
	}
}
