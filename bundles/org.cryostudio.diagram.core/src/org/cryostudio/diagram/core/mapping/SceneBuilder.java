package org.cryostudio.diagram.core.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.cryostudio.diagram.core.scene.DiagramView;
import org.cryostudio.diagram.core.scene.Scene;
import org.cryostudio.diagram.core.scene.SceneElement;
import org.cryostudio.diagram.core.scene.SceneNode;
import org.cryostudio.diagram.core.scene.Severity;
import org.cryostudio.dsl.cryo.CryoSystem;
import org.cryostudio.dsl.cryo.Element;
import org.cryostudio.dsl.cryo.Model;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/** Builds the scene of one view from a parsed spec, with its validation findings on the elements. */
public final class SceneBuilder {

	private SceneBuilder() {
	}

	/** @return the unmeasured, unplaced scene of {@code view}; empty when the resource holds no model */
	public static Scene build(Resource resource, DiagramView view) {
		Scene scene = new Scene(view);
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Model model)) {
			return scene;
		}
		Names names = Names.of(resource);
		switch (view) {
			case VACUUM -> VacuumMapping.map(model, scene, names);
			case THERMAL -> ThermalMapping.map(model, scene, names);
		}
		return scene;
	}

	/**
	 * Adds the node of every named member of the spec's systems that the view draws as a node.
	 *
	 * @param node the view's node for an element and its id, or null when it draws none
	 * @return every named member, in spec order, for the view's second pass (connections)
	 */
	static List<Element> addNodes(Model model, Scene scene, Names names, BiFunction<Element, String, SceneNode> node) {
		List<Element> named = new ArrayList<>();
		for (Element member : model.getMembers()) {
			if (member instanceof CryoSystem system) {
				for (Element e : system.getMembers()) {
					String id = names.of(e);
					if (id != null) {
						SceneNode n = node.apply(e, id);
						if (n != null) {
							scene.add(n);
						}
						named.add(e);
					}
				}
			}
		}
		return named;
	}

	/**
	 * Puts each issue on the element it is about: the element the issue's object belongs to, or
	 * for a syntax error the element around its offset. Issues on things the view does not show
	 * are left out (the Problems view lists them all).
	 */
	public static void addFindings(Scene scene, Resource resource, List<Issue> issues) {
		Names names = Names.of(resource);
		for (Issue issue : issues) {
			EObject subject = subject(resource, issue);
			Severity severity = switch (issue.getSeverity()) {
				case ERROR -> Severity.ERROR;
				case WARNING -> Severity.WARNING;
				case INFO -> Severity.INFO;
				case IGNORE -> Severity.NONE;
			};
			if (subject == null || severity == Severity.NONE) {
				continue;
			}
			for (EObject e = subject; e != null; e = e.eContainer()) {
				String qn = names.of(e);
				List<SceneElement> shown = qn == null ? List.of() : scene.elementsOf(qn);
				if (!shown.isEmpty()) {
					shown.forEach(s -> s.addFinding(severity, issue.getMessage()));
					break;
				}
			}
		}
	}

	private static EObject subject(Resource resource, Issue issue) {
		if (issue.getUriToProblem() != null && issue.getUriToProblem().fragment() != null) {
			EObject o = resource.getEObject(issue.getUriToProblem().fragment());
			if (o != null) {
				return o;
			}
		}
		if (issue.getOffset() != null && resource instanceof XtextResource x && x.getParseResult() != null) {
			ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(x.getParseResult().getRootNode(), issue.getOffset());
			return leaf == null ? null : NodeModelUtils.findActualSemanticObjectFor(leaf);
		}
		return null;
	}
}
