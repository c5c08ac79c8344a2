package org.cryostudio.dsl.scoping;

import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.model.ElementKinds;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;

/** Says what kind of element an unresolved name should have been, and where such names come from. */
public class CryoLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String name = context.getLinkText();
		EClass expected = context.getReference().getEReferenceType();
		String message;
		if (context.getReference() == Literals.COMPONENT__TYPE) {
			message = "no " + ElementKinds.keyword(context.getContext()) + " type '" + name
					+ "' in the catalogs this spec imports";
		} else if (expected == Literals.GAS_SPECIES) {
			message = "unknown gas '" + name + "': use a standard-library gas (He, He3, H2, pH2, D2, Ne, N2, O2, Ar, CO, "
					+ "CO2, CH4, H2O, Kr, Xe, Air) or a mixture";
		} else if (expected == Literals.MATERIAL) {
			message = "unknown material '" + name + "': use a standard-library material (SS304, SS316LN, OFHC_RRR50, "
					+ "OFHC_RRR100, Al6061T6, G10CR, G10CR_WARP, Ti6Al4V, Polyimide) or declare one";
		} else {
			message = "no " + ElementKinds.label(expected) + " named '" + name + "'";
		}
		return new DiagnosticMessage(message, Severity.ERROR, Diagnostic.LINKING_DIAGNOSTIC);
	}
}
