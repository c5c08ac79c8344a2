package org.cryostudio.diagram.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cryostudio.diagram.core.mapping.Names;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.validation.Issue;

/**
 * One parsed and validated state of the spec text: its elements by qualified name and where each
 * is written, so that diagram and text can point at the same thing.
 */
final class SpecSnapshot {

	private final String text;
	private final XtextResource resource;
	private final List<Issue> issues;
	private final Names names;
	private final Map<String, EObject> elements = new HashMap<>();

	SpecSnapshot(String text, XtextResource resource, List<Issue> issues) {
		this.text = text;
		this.resource = resource;
		this.issues = List.copyOf(issues);
		this.names = Names.of(resource);
		if (!resource.getContents().isEmpty()) {
			for (EObject o : EcoreUtil2.eAllContents(resource.getContents().get(0))) {
				String qn = names.of(o);
				if (qn != null) {
					elements.putIfAbsent(qn, o);
				}
			}
		}
	}

	String text() {
		return text;
	}

	XtextResource resource() {
		return resource;
	}

	List<Issue> issues() {
		return issues;
	}

	/** @return the element of that qualified name, null if the spec has none */
	EObject element(String qualifiedName) {
		return elements.get(qualifiedName);
	}

	/** @return where the element's name is written (the whole element if it has no name node) */
	TextRegion nameRegion(String qualifiedName) {
		EObject e = element(qualifiedName);
		if (e == null) {
			return null;
		}
		EStructuralFeature name = e.eClass().getEStructuralFeature("name");
		List<INode> nodes = name == null ? List.of() : NodeModelUtils.findNodesForFeature(e, name);
		INode node = nodes.isEmpty() ? NodeModelUtils.findActualNodeFor(e) : nodes.get(0);
		return node == null ? null : new TextRegion(node.getOffset(), node.getLength());
	}

	/**
	 * @return the qualified names of the element written at {@code offset} and of its containers,
	 *         innermost first (the diagram shows the first one it has)
	 */
	List<String> elementsAt(int offset) {
		ICompositeNode root = resource.getParseResult() == null ? null : resource.getParseResult().getRootNode();
		if (root == null) {
			return List.of();
		}
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, Math.min(offset, Math.max(0, text.length() - 1)));
		EObject o = leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		java.util.ArrayList<String> result = new java.util.ArrayList<>();
		for (EObject e = o; e != null; e = e.eContainer()) {
			String qn = names.of(e);
			if (qn != null) {
				result.add(qn);
			}
		}
		return result;
	}
}
