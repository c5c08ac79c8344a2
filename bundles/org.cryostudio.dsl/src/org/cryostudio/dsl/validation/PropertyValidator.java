package org.cryostudio.dsl.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.cryostudio.dsl.cryo.Component;
import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.GasValue;
import org.cryostudio.dsl.cryo.Material;
import org.cryostudio.dsl.model.ComponentTypes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.util.ITextRegion;
import org.eclipse.xtext.validation.Check;

import org.eclipse.xtext.nodemodel.BidiTreeIterator;

/**
 * Each property at most once per element (the syntax accepts any order, so a repeated line would
 * silently replace the first), and each gas at most once per per-gas table.
 */
public class PropertyValidator extends CryoCheck {

	@Check
	public void checkPropertiesOnce(Component component) {
		checkOnce(component);
	}

	@Check
	public void checkPropertiesOnce(Material material) {
		checkOnce(material);
	}

	/** One pass over the element's own nodes: the second assignment of a single-valued feature is an error. */
	private void checkOnce(EObject element) {
		ICompositeNode node = NodeModelUtils.getNode(element);
		if (node == null) {
			return;
		}
		Map<String, Integer> seen = new HashMap<>();
		BidiTreeIterator<INode> nodes = node.getAsTreeIterable().iterator();
		while (nodes.hasNext()) {
			INode child = nodes.next();
			if (child != node && child.hasDirectSemanticElement() && child.getSemanticElement() != element) {
				nodes.prune();
				continue;
			}
			Assignment assignment = child.getGrammarElement() == null ? null
					: GrammarUtil.containingAssignment(child.getGrammarElement());
			if (assignment == null) {
				continue;
			}
			nodes.prune();
			EStructuralFeature feature = element.eClass().getEStructuralFeature(assignment.getFeature());
			if (feature == null || feature.isMany() || feature == Literals.ELEMENT__NAME
					|| feature.getEContainingClass() == Literals.COMPONENT) {
				continue;
			}
			int count = seen.merge(feature.getName(), 1, Integer::sum);
			if (count == 2) {
				ITextRegion region = child.getTextRegion();
				getMessageAcceptor().acceptError(words(feature) + " is set twice in " + describe(element)
						+ "; keep one", element, region.getOffset(), region.getLength(), IssueCodes.DUPLICATE_PROPERTY);
			}
		}
	}

	@Check
	public void checkGasesOnce(Component component) {
		for (EStructuralFeature feature : component.eClass().getEAllStructuralFeatures()) {
			if (!feature.isMany() || feature.getEType() != Literals.GAS_VALUE) {
				continue;
			}
			Set<String> gases = new HashSet<>();
			for (Object o : (Iterable<?>) component.eGet(feature)) {
				GasValue value = (GasValue) o;
				if (!gases.add(ComponentTypes.gasName(value))) {
					error("gas " + ComponentTypes.gasName(value) + " is listed twice in " + words(feature), value,
							Literals.GAS_VALUE__GAS, IssueCodes.DUPLICATE_GAS);
				}
			}
		}
	}

	/** @return a feature name as the spec writes it, e.g. "panel temperature" */
	static String words(EStructuralFeature feature) {
		return feature.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
	}

	private static String describe(EObject element) {
		String name = (String) element.eGet(Literals.ELEMENT__NAME);
		return name == null ? "this element" : name;
	}
}
