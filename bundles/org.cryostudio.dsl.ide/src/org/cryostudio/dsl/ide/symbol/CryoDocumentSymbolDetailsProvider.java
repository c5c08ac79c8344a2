package org.cryostudio.dsl.ide.symbol;

import org.cryostudio.dsl.cryo.Component;
import org.cryostudio.dsl.model.ElementKinds;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Outline detail: the element's kind and, for an instance, its catalog type ("cryopump : Cti.CryoTorr8"). */
public class CryoDocumentSymbolDetailsProvider extends DocumentSymbolMapper.DocumentSymbolDetailsProvider {

	@Override
	public String getDetails(EObject object) {
		String kind = ElementKinds.keyword(object);
		if (object instanceof Component component && component.getType() != null) {
			var nodes = NodeModelUtils.findNodesForFeature(component,
					org.cryostudio.dsl.cryo.CryoPackage.Literals.COMPONENT__TYPE);
			if (!nodes.isEmpty()) {
				return kind + " : " + NodeModelUtils.getTokenText(nodes.get(0));
			}
		}
		return kind;
	}
}
