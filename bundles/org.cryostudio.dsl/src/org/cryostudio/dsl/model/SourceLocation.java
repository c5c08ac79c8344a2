package org.cryostudio.dsl.model;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Where a model element is written: reports and solver results trace every number back to its
 * line in the spec.
 *
 * @param uri    the spec file (as an EMF URI string), null for an element not in a resource
 * @param line   1-based line of the element's first character, 0 when unknown
 * @param column 1-based column, 0 when unknown
 */
public record SourceLocation(String uri, int line, int column) {

	/** @return the location of the element's text (its first token after leading comments) */
	public static SourceLocation of(EObject element) {
		Resource resource = element.eResource();
		String uri = resource == null ? null : resource.getURI().toString();
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return new SourceLocation(uri, 0, 0);
		}
		int offset = node.getOffset();
		int line = node.getStartLine();
		String text = node.getRootNode().getText();
		int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
		return new SourceLocation(uri, line, offset - lineStart + 1);
	}

	/** @return the 1-based line of the element, 0 when unknown */
	public static int line(EObject element) {
		return of(element).line();
	}
}
