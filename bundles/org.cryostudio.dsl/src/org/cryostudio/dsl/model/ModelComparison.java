package org.cryostudio.dsl.model;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Compares two parsed specs element by element: the same classes, attribute values and contained
 * elements, and cross-references written the same (the reference text as parsed, blanks removed).
 * References are compared by what the author wrote rather than by what they resolve to, so the
 * answer does not depend on linking or on the files a spec imports. Used to prove that the
 * formatter and the serializer change layout only.
 */
public final class ModelComparison {

	private ModelComparison() {
	}

	/** @return a description of the first difference (with the path to it), or null when equal */
	public static String firstDifference(EObject a, EObject b) {
		return compare(a, b, name(a));
	}

	private static String compare(EObject a, EObject b, String path) {
		if (a == null || b == null) {
			return a == b ? null : path + ": one side is missing";
		}
		if (a.eClass() != b.eClass()) {
			return path + ": " + a.eClass().getName() + " vs " + b.eClass().getName();
		}
		for (EAttribute attribute : a.eClass().getEAllAttributes()) {
			Object va = a.eGet(attribute);
			Object vb = b.eGet(attribute);
			if (!Objects.equals(va, vb)) {
				return path + "." + attribute.getName() + ": " + va + " vs " + vb;
			}
		}
		for (EReference reference : a.eClass().getEAllReferences()) {
			if (reference.isContainer() || reference.isDerived() || reference.isTransient()) {
				continue;
			}
			String difference = reference.isContainment() ? compareContained(a, b, reference, path)
					: compareCrossReference(a, b, reference, path);
			if (difference != null) {
				return difference;
			}
		}
		return null;
	}

	private static String compareContained(EObject a, EObject b, EReference reference, String path) {
		List<EObject> la = values(a, reference);
		List<EObject> lb = values(b, reference);
		if (la.size() != lb.size()) {
			return path + "." + reference.getName() + ": " + la.size() + " vs " + lb.size() + " elements";
		}
		for (int i = 0; i < la.size(); i++) {
			String child = path + "." + reference.getName() + (reference.isMany() ? "[" + i + "]" : "");
			String difference = compare(la.get(i), lb.get(i), child);
			if (difference != null) {
				return difference;
			}
		}
		return null;
	}

	private static String compareCrossReference(EObject a, EObject b, EReference reference, String path) {
		List<String> ta = referenceTexts(a, reference);
		List<String> tb = referenceTexts(b, reference);
		return ta.equals(tb) ? null : path + "." + reference.getName() + ": " + ta + " vs " + tb;
	}

	/** The references as written; an element without a node model (built in code) gives target names. */
	private static List<String> referenceTexts(EObject owner, EReference reference) {
		if (NodeModelUtils.getNode(owner) != null) {
			return NodeModelUtils.findNodesForFeature(owner, reference).stream()
					.map(INode::getText).map(t -> t.replaceAll("\\s", "")).toList();
		}
		return values(owner, reference).stream().map(ModelComparison::name).toList();
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> values(EObject owner, EReference reference) {
		Object value = owner.eGet(reference, false);
		if (reference.isMany()) {
			return (List<EObject>) value;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	private static String name(EObject element) {
		var feature = element.eClass().getEStructuralFeature("name");
		Object name = feature == null ? null : element.eGet(feature);
		return name != null ? name.toString() : element.eClass().getName();
	}
}
