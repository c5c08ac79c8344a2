package org.cryostudio.diagram.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cryostudio.diagram.core.mapping.Names;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.EcoreUtil2;

/**
 * The parsed spec a diagram edit works on: elements by qualified name, fresh unique names, and
 * deletion that also removes what would be left dangling (a duct whose end is deleted).
 */
public final class SpecModel {

	private final Resource resource;
	private final Names names;

	SpecModel(Resource resource) {
		this.resource = resource;
		this.names = Names.of(resource);
	}

	public EObject root() {
		return resource.getContents().get(0);
	}

	public Names names() {
		return names;
	}

	/** @return the element with this qualified name */
	public EObject element(String qualifiedName) throws EditRefusedException {
		for (EObject o : EcoreUtil2.eAllContents(root())) {
			if (qualifiedName.equals(names.of(o))) {
				return o;
			}
		}
		throw new EditRefusedException("'" + qualifiedName + "' is not in the spec any more");
	}

	/** @return a fresh numbered name for a new element: base1, or base2 if base1 is taken, ... */
	public String numberedName(EObject container, String base) {
		Set<String> taken = siblingNames(container);
		for (int i = 1;; i++) {
			if (!taken.contains(base + i)) {
				return base + i;
			}
		}
	}

	private static Set<String> siblingNames(EObject container) {
		Set<String> taken = new HashSet<>();
		for (EObject sibling : container.eContents()) {
			EStructuralFeature f = sibling.eClass().getEStructuralFeature("name");
			if (f != null && sibling.eGet(f) instanceof String s) {
				taken.add(s);
			}
		}
		return taken;
	}

	/** @return {@code base} if no element is named so in the same container, else base2, base3 ... */
	public String uniqueName(EObject container, String base) {
		Set<String> taken = siblingNames(container);
		if (!taken.contains(base)) {
			return base;
		}
		for (int i = 2;; i++) {
			if (!taken.contains(base + i)) {
				return base + i;
			}
		}
	}

	/**
	 * Removes the elements and every element that refers to one of them through a reference the
	 * element cannot exist without ({@code required}: the ends of a connection), recursively.
	 *
	 * @return everything removed, the given elements first
	 */
	public List<EObject> delete(Collection<EObject> elements, Set<EReference> required) {
		Set<EObject> doomed = new LinkedHashSet<>(elements);
		List<EObject> frontier = new ArrayList<>(elements);
		while (!frontier.isEmpty()) {
			List<EObject> next = new ArrayList<>();
			for (EObject gone : frontier) {
				for (EStructuralFeature.Setting s : EcoreUtil.UsageCrossReferencer.find(gone, resource)) {
					EObject user = s.getEObject();
					if (required.contains(s.getEStructuralFeature()) && !within(user, doomed) && doomed.add(user)) {
						next.add(user);
					}
				}
			}
			frontier = next;
		}
		for (EObject o : doomed) {
			if (o.eContainer() != null) {
				EcoreUtil.remove(o);
			}
		}
		return new ArrayList<>(doomed);
	}

	private static boolean within(EObject o, Set<EObject> set) {
		for (EObject e = o; e != null; e = e.eContainer()) {
			if (set.contains(e)) {
				return true;
			}
		}
		return false;
	}
}
