package org.cryostudio.report.design;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Reads a parsed spec the way a reviewer reads the text: names, qualified names, the text as
 * written and the line of every element and value. Works on the EMF model reflectively (by
 * feature names the language keeps stable: {@code name}, a Quantity's {@code value} and
 * {@code unit}) so that new elements and properties of the language reach reports without code
 * changes here.
 */
final class SpecNodes {

	private SpecNodes() {
	}

	/** @return the element's name when it has one */
	static Optional<String> name(EObject o) {
		EStructuralFeature f = o.eClass().getEStructuralFeature("name");
		if (f instanceof EAttribute && o.eGet(f) instanceof String s && !s.isEmpty()) {
			return Optional.of(s);
		}
		return Optional.empty();
	}

	/** @return the name qualified by its containers ("Sys.cp"), as the language's scoping sees it */
	static String qualifiedName(EObject o) {
		Resource r = o.eResource();
		if (r instanceof XtextResource x && x.getResourceServiceProvider() != null) {
			IQualifiedNameProvider provider = x.getResourceServiceProvider().get(IQualifiedNameProvider.class);
			QualifiedName q = provider == null ? null : provider.getFullyQualifiedName(o);
			if (q != null) {
				return q.toString();
			}
		}
		StringBuilder b = new StringBuilder(name(o).orElse("?"));
		for (EObject c = o.eContainer(); c != null; c = c.eContainer()) {
			Optional<String> n = name(c);
			if (n.isPresent()) {
				b.insert(0, n.get() + ".");
			}
		}
		return b.toString();
	}

	/** @return true for a Quantity: a number with its unit text */
	static boolean isQuantity(EObject o) {
		return o.eClass().getName().equals("Quantity") && o.eClass().getEStructuralFeature("value") != null;
	}

	/** @return the number of a Quantity */
	static double quantityValue(EObject q) {
		return ((Number) q.eGet(q.eClass().getEStructuralFeature("value"))).doubleValue();
	}

	/** @return the unit text of a Quantity, empty when the number has none */
	static String quantityUnit(EObject q) {
		Object u = q.eGet(q.eClass().getEStructuralFeature("unit"));
		return u == null ? "" : u.toString().strip();
	}

	/** @return the object's text as written, on one line */
	static String text(EObject o) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(o);
		return node == null ? "" : oneLine(NodeModelUtils.getTokenText(node));
	}

	/** @return the text written for one feature of an object (a reference as the user spelled it) */
	static String featureText(EObject o, EStructuralFeature f) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(o, f);
		StringBuilder b = new StringBuilder();
		for (INode n : nodes) {
			if (b.length() > 0) {
				b.append(", ");
			}
			b.append(oneLine(NodeModelUtils.getTokenText(n)));
		}
		return b.toString();
	}

	/** @return 1-based line of the object's text, 0 when unknown */
	static int line(EObject o) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(o);
		return node == null ? 0 : node.getStartLine();
	}

	/** @return 1-based line where a feature of the object is written (a reference's name), else the object's line */
	static int featureLine(EObject o, EStructuralFeature f) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(o, f);
		return nodes.isEmpty() ? line(o) : nodes.get(0).getStartLine();
	}

	/** @return offset of the object's text, for reading order */
	static int offset(EObject o) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(o);
		return node == null ? Integer.MAX_VALUE : node.getOffset();
	}

	/** @return the file name of the resource holding the object */
	static String fileName(EObject o) {
		Resource r = o.eResource();
		if (r == null || r.getURI() == null) {
			return "";
		}
		URI uri = r.getURI();
		return uri.lastSegment() == null ? uri.toString() : URI.decode(uri.lastSegment());
	}

	/** @return "file:line" */
	static String location(EObject o) {
		return fileName(o) + ":" + line(o);
	}

	/** @return a feature name as words: "panelTemperature" reads "panel temperature", a list "speeds" reads "speed" */
	static String label(EStructuralFeature f) {
		String name = f.getName();
		if (f.isMany()) {
			name = singular(name);
		}
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c)) {
				b.append(' ').append(Character.toLowerCase(c));
			} else {
				b.append(c);
			}
		}
		return b.toString();
	}

	/** @return the kind of an element as the spec writes it, e.g. "cryopump", "residual gas", "vessel" */
	static String kind(EObject o) {
		return org.cryostudio.dsl.model.ElementKinds.keyword(o);
	}

	static String singular(String plural) {
		if (plural.endsWith("ies")) {
			return plural.substring(0, plural.length() - 3) + "y";
		}
		for (String suffix : new String[] { "sses", "ses", "xes", "ches", "shes" }) {
			if (plural.endsWith(suffix)) {
				return plural.substring(0, plural.length() - 2);
			}
		}
		return plural.endsWith("s") && !plural.endsWith("ss") ? plural.substring(0, plural.length() - 1) : plural;
	}

	private static String oneLine(String s) {
		return s.strip().replaceAll("\\s+", " ");
	}
}
