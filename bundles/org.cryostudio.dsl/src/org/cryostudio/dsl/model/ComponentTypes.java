package org.cryostudio.dsl.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cryostudio.dsl.cryo.Catalog;
import org.cryostudio.dsl.cryo.Component;
import org.cryostudio.dsl.cryo.GasValue;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Catalog types and their instances: {@code cryopump cp1 : Cti.CryoTorr8 { panel temperature 12 K }}
 * takes every property of CryoTorr8 that it does not set itself. A type may itself extend
 * another catalog entry; cycles are reported by the validator and cut here.
 */
public final class ComponentTypes {

	private ComponentTypes() {
	}

	/** @return true for a catalog entry (a component type rather than an instance in a system) */
	public static boolean isType(EObject element) {
		return element instanceof Component && element.eContainer() instanceof Catalog;
	}

	/**
	 * @return the element, its type, the type's type ..., stopping at an unresolved type or a
	 *         cycle
	 */
	public static List<Component> chain(Component component) {
		List<Component> chain = new ArrayList<>();
		Component current = component;
		while (current != null && !current.eIsProxy() && !chain.contains(current)) {
			chain.add(current);
			current = current.getType();
		}
		return chain;
	}

	/**
	 * @return the value of the feature on the element or, when unset there, on the nearest type
	 *         that sets it; null when none does (a list feature: the nearest non-empty list)
	 */
	public static Object effective(EObject element, EStructuralFeature feature) {
		if (!(element instanceof Component component)) {
			return feature.getEContainingClass().isInstance(element) && element.eIsSet(feature) ? element.eGet(feature) : null;
		}
		for (Component c : chain(component)) {
			if (feature.getEContainingClass().isInstance(c) && c.eIsSet(feature)) {
				return c.eGet(feature);
			}
		}
		return null;
	}

	/**
	 * A per-gas table merged along the type chain: the instance's entry for a gas replaces the
	 * type's, entries for other gases are kept.
	 *
	 * @param feature a list of {@link GasValue}, e.g. {@code CRYOPUMP__SPEEDS}
	 * @return entries by the gas name as written, types' order first
	 */
	public static Map<String, GasValue> perGas(Component component, EStructuralFeature feature) {
		List<Component> chain = chain(component);
		Map<String, GasValue> merged = new LinkedHashMap<>();
		for (int i = chain.size() - 1; i >= 0; i--) {
			Component c = chain.get(i);
			if (!feature.getEContainingClass().isInstance(c)) {
				continue;
			}
			for (Object o : (List<?>) c.eGet(feature)) {
				GasValue value = (GasValue) o;
				merged.put(gasName(value), value);
			}
		}
		return merged;
	}

	/** @return the gas of an entry as written (without resolving the reference) */
	public static String gasName(GasValue value) {
		List<org.eclipse.xtext.nodemodel.INode> nodes = NodeModelUtils.findNodesForFeature(value,
				org.cryostudio.dsl.cryo.CryoPackage.Literals.GAS_VALUE__GAS);
		if (!nodes.isEmpty()) {
			return NodeModelUtils.getTokenText(nodes.get(0));
		}
		return value.getGas() == null || value.getGas().eIsProxy() ? "?" : value.getGas().getName();
	}
}
