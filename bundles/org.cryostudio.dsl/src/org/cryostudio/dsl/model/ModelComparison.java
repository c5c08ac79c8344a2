package org.cryostudio.dsl.model;

import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Compares two specs element by element: the same classes, attribute values and contained
 * elements, and the same cross-references. References are compared either as written (the text as
 * parsed, blanks removed: no linking needed, for the formatter, which must keep every name as it
 * is) or by the element they resolve to (for the serializer, which may spell a name differently).
 * Used to prove that the formatter and the serializer change layout only.
 */
public final class ModelComparison {

	private ModelComparison() {
	}

	/** How cross-references are compared. */
	public enum References {
		/** as the author wrote them */
		AS_WRITTEN,
		/** by the element they resolve to (its qualified name, and its file when in another one) */
		BY_TARGET
	}

	/** @return a description of the first difference (with the path to it), or null when equal */
	public static String firstDifference(EObject a, EObject b, References references) {
		return new ModelComparison.Walk(references).compare(a, b, name(a));
	}

	/** @return the first difference, references compared as written, or null when equal */
	public static String firstDifference(EObject a, EObject b) {
		return firstDifference(a, b, References.AS_WRITTEN);
	}

	private record Walk(References references) {

		private String compare(EObject a, EObject b, String path) {
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

		private String compareContained(EObject a, EObject b, EReference reference, String path) {
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

		private String compareCrossReference(EObject a, EObject b, EReference reference, String path) {
			List<String> ta = references == References.AS_WRITTEN ? referenceTexts(a, reference) : targets(a, reference);
			List<String> tb = references == References.AS_WRITTEN ? referenceTexts(b, reference) : targets(b, reference);
			return ta.equals(tb) ? null : path + "." + reference.getName() + ": " + ta + " vs " + tb;
		}
	}

	/** Resolved targets: "Growth.chamber" in the same file, "file.cryo#Cti.CryoTorr8" in another. */
	private static List<String> targets(EObject owner, EReference reference) {
		Object value = owner.eGet(reference, true);
		@SuppressWarnings("unchecked")
		List<EObject> list = reference.isMany() ? (List<EObject>) value : value == null ? List.of() : List.of((EObject) value);
		return list.stream().map(target -> {
			if (target.eIsProxy()) {
				return "unresolved " + org.eclipse.emf.ecore.util.EcoreUtil.getURI(target);
			}
			String qualified = qualifiedName(target);
			return target.eResource() == owner.eResource() ? qualified
					: target.eResource().getURI().lastSegment() + "#" + qualified;
		}).toList();
	}

	private static String qualifiedName(EObject element) {
		StringBuilder name = new StringBuilder(name(element));
		for (EObject c = element.eContainer(); c != null && c.eContainer() != null; c = c.eContainer()) {
			name.insert(0, name(c) + ".");
		}
		return name.toString();
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
