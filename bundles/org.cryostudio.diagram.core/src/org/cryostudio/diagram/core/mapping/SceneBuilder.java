package org.cryostudio.diagram.core.mapping;

import java.util.List;

import org.cryostudio.diagram.core.scene.DiagramView;
import org.cryostudio.diagram.core.scene.Scene;
import org.cryostudio.diagram.core.scene.SceneElement;
import org.cryostudio.diagram.core.scene.Severity;
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
