package org.cryostudio.dsl.ide.symbol;

import org.cryostudio.dsl.cryo.Element;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;

/** The outline is a tree, so each node shows its simple name; workspace symbols keep qualified names. */
public class CryoDocumentSymbolNameProvider extends DocumentSymbolMapper.DocumentSymbolNameProvider {

	@Override
	public String getName(EObject object) {
		if (object instanceof Element element && element.getName() != null) {
			return element.getName();
		}
		return super.getName(object);
	}
}
