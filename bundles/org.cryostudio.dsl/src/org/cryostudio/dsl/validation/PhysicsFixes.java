package org.cryostudio.dsl.validation;

import java.util.ArrayList;
import java.util.List;

import org.cryostudio.dsl.cryo.CryoSystem;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Quick fixes of the physics rules, computed where the numbers are known (in the rule) and carried
 * to the editor as issue data: each fix is a label and text edits in the diagnostic's file. The
 * data is a flat list of strings, {@code label, n, offset_1, length_1, text_1, ..., offset_n,
 * length_n, text_n}, repeated per fix, so that it survives the trip through JSON-RPC unchanged.
 */
public final class PhysicsFixes {

	/** One replacement of {@code length} characters at {@code offset} by {@code text}. */
	public record Edit(int offset, int length, String text) {
	}

	/** A labelled quick fix made of edits in one file. */
	public record Fix(String label, List<Edit> edits) {
	}

	private final List<Fix> fixes = new ArrayList<>();

	/** @return the issue data, or an empty array when there is no fix */
	String[] data() {
		List<String> out = new ArrayList<>();
		for (Fix fix : fixes) {
			out.add(fix.label());
			out.add(Integer.toString(fix.edits().size()));
			for (Edit e : fix.edits()) {
				out.add(Integer.toString(e.offset()));
				out.add(Integer.toString(e.length()));
				out.add(e.text());
			}
		}
		return out.toArray(String[]::new);
	}

	/** Adds a fix when all its edits could be computed (none null). */
	PhysicsFixes add(String label, Edit... edits) {
		List<Edit> list = new ArrayList<>();
		for (Edit e : edits) {
			if (e == null) {
				return this;
			}
			list.add(e);
		}
		if (!list.isEmpty()) {
			fixes.add(new Fix(label, list));
		}
		return this;
	}

	/**
	 * Decodes issue data (a String[] in-process, strings from JSON over the language server).
	 *
	 * @return the fixes; empty for data of another shape
	 */
	public static List<Fix> parse(List<String> data) {
		List<Fix> out = new ArrayList<>();
		int i = 0;
		try {
			while (i + 1 < data.size()) {
				String label = data.get(i++);
				int n = Integer.parseInt(data.get(i++));
				List<Edit> edits = new ArrayList<>();
				for (int k = 0; k < n; k++) {
					edits.add(new Edit(Integer.parseInt(data.get(i)), Integer.parseInt(data.get(i + 1)), data.get(i + 2)));
					i += 3;
				}
				out.add(new Fix(label, edits));
			}
		} catch (NumberFormatException | IndexOutOfBoundsException e) {
			return List.of();
		}
		return out;
	}

	// ------------------------------------------------------------------ edits

	/**
	 * Sets a property of an element: replaces its own value, or adds the property line when the
	 * value comes from its catalog type or is missing.
	 *
	 * @param element  the element to change, in the file of the diagnostic
	 * @param feature  the property
	 * @param keywords how the spec writes the property, e.g. "panel temperature"
	 * @param value    the new value with its unit, e.g. "5.8 K"
	 * @return the edit, or null when the element's text cannot be found
	 */
	static Edit setProperty(EObject element, EStructuralFeature feature, String keywords, String value) {
		if (SpecValues.isLocal(element, feature) && element.eGet(feature) instanceof EObject current) {
			INode node = NodeModelUtils.findActualNodeFor(current);
			return node == null ? null : new Edit(node.getOffset(), node.getLength(), value);
		}
		return addLine(element, keywords + " " + value);
	}

	/** Adds a property line to an element's body, creating the body when it has none. */
	static Edit addLine(EObject element, String line) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return null;
		}
		ILeafNode open = null;
		ILeafNode close = null;
		for (ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden() && leaf.getText().equals("{") && open == null) {
				open = leaf;
			}
			if (!leaf.isHidden() && leaf.getText().equals("}")) {
				close = leaf;
			}
		}
		String text = node.getRootNode().getText();
		if (open == null || close == null) {
			int end = node.getEndOffset();
			return new Edit(end, 0, " { " + line + " }");
		}
		String inside = text.substring(open.getEndOffset(), close.getOffset());
		if (!inside.contains("\n")) {
			return new Edit(close.getOffset(), 0, line + " ");
		}
		int lineStart = text.lastIndexOf('\n', close.getOffset() - 1) + 1;
		String indent = leadingBlanks(text, lineStart);
		return new Edit(lineStart, 0, indent + "\t" + line + "\n");
	}

	/**
	 * Inserts a new element before a member of a system, on its own line with the same indentation.
	 *
	 * @return the edit, or null when the element is not a system member
	 */
	static Edit insertBefore(EObject member, String elementText) {
		if (!(member.eContainer() instanceof CryoSystem)) {
			return null;
		}
		ICompositeNode node = NodeModelUtils.findActualNodeFor(member);
		if (node == null) {
			return null;
		}
		String text = node.getRootNode().getText();
		int lineStart = text.lastIndexOf('\n', node.getOffset() - 1) + 1;
		String indent = leadingBlanks(text, lineStart);
		return new Edit(lineStart, 0, indent + elementText + "\n\n");
	}

	private static String leadingBlanks(String text, int from) {
		int i = from;
		while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
			i++;
		}
		return text.substring(from, i);
	}
}
