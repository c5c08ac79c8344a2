package org.cryostudio.dsl.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.hover.HoverService;

import com.google.inject.Inject;

/** Hover text: the element's documentation comment, then facts computed from the model and the physics library. */
public class CryoHoverService extends HoverService {

	@Inject
	private ElementFacts facts;

	@Override
	public String getContents(EObject element) {
		String documentation = super.getContents(element);
		String computed = facts.describe(element);
		if (documentation == null || documentation.isBlank()) {
			return computed;
		}
		return computed == null || computed.isBlank() ? documentation : documentation + "\n\n" + computed;
	}
}
