package org.cryostudio.dsl.ide.contentassist;

import org.cryostudio.dsl.cryo.CryoPackage;
import org.cryostudio.dsl.cryo.Quantity;
import org.cryostudio.dsl.units.PropertyKind;
import org.cryostudio.dsl.units.PropertyKinds;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Adds units to the default proposals (keywords, and names from scope: elements, gases,
 * materials, catalog types): after a number, the units of that property's kind, preferred
 * first ({@code volume 2 |} proposes m3, L, cm3, mL).
 */
public class CryoContentProposalProvider extends IdeContentProposalProvider {

	/** Units rank above keywords and names right after a number. */
	private static final int UNIT_PRIORITY = 600;

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (CryoPackage.Literals.QUANTITY__UNIT.getName().equals(assignment.getFeature())) {
			Quantity quantity = quantityAt(context);
			PropertyKind kind = quantity == null ? null : PropertyKinds.kindOf(quantity);
			if (kind != null) {
				proposeUnits(kind, context, acceptor);
				return;
			}
		}
		super._createProposals(assignment, context, acceptor);
	}

	private void proposeUnits(PropertyKind kind, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		int rank = 0;
		for (String unit : kind.units()) {
			ContentAssistEntry entry = getProposalCreator().createProposal(unit, context, e -> {
				e.setKind(ContentAssistEntry.KIND_UNIT);
				e.setDescription(kind.label());
			});
			if (entry != null) {
				acceptor.accept(entry, UNIT_PRIORITY - rank++);
			}
		}
	}

	/** @return the quantity whose number was just typed, or null */
	private static Quantity quantityAt(ContentAssistContext context) {
		for (EObject candidate : new EObject[] { context.getCurrentModel(), semantic(context.getLastCompleteNode()) }) {
			if (candidate instanceof Quantity quantity) {
				return quantity;
			}
		}
		return null;
	}

	private static EObject semantic(INode node) {
		return node == null ? null : NodeModelUtils.findActualSemanticObjectFor(node);
	}
}
