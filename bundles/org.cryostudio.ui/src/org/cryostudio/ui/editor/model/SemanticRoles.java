package org.cryostudio.ui.editor.model;

import java.util.List;

import org.cryostudio.ui.editor.CryoStyles;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Finds the meaning-based styles of a spec from its parse tree alone: names where elements are
 * declared, references to elements, and unit expressions (any datatype rule named "...Unit..."). It
 * reads the grammar, not the language's classes, so it keeps working as the grammar grows.
 */
final class SemanticRoles {

	private SemanticRoles() {
	}

	static void collect(XtextResource resource, List<StyledRange> into, CancelIndicator cancel) {
		if (resource.getParseResult() == null) {
			return;
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		var nodes = root.getAsTreeIterable().iterator();
		int seen = 0;
		while (nodes.hasNext()) {
			INode node = nodes.next();
			if ((++seen & 255) == 0 && cancel.isCanceled()) {
				return;
			}
			String role = roleOf(node.getGrammarElement());
			if (role != null && node.getLength() > 0) {
				into.add(new StyledRange(node.getOffset(), node.getLength(), role));
				nodes.prune();
			}
		}
	}

	private static String roleOf(EObject grammarElement) {
		if (grammarElement == null) {
			return null;
		}
		if (grammarElement instanceof CrossReference || GrammarUtil.containingCrossReference(grammarElement) != null) {
			return CryoStyles.REFERENCE;
		}
		if (grammarElement instanceof RuleCall call) {
			AbstractRule rule = call.getRule();
			if (rule instanceof ParserRule parser && GrammarUtil.isDatatypeRule(parser)
					&& rule.getName().contains("Unit")) {
				return CryoStyles.UNIT;
			}
			Assignment assignment = GrammarUtil.containingAssignment(call);
			if (assignment != null && "name".equals(assignment.getFeature())) {
				return CryoStyles.DECLARATION;
			}
		}
		return null;
	}
}
