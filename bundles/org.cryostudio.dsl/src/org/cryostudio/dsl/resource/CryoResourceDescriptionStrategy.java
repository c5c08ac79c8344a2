package org.cryostudio.dsl.resource;

import java.util.Map;

import org.cryostudio.dsl.model.ComponentTypes;
import org.cryostudio.dsl.scoping.CatalogEntries;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.EObjectDescription;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;

/** Exports named elements with their qualified names; catalog entries are flagged as types. */
public class CryoResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	@Override
	public boolean createEObjectDescriptions(EObject object, IAcceptor<IEObjectDescription> acceptor) {
		if (!ComponentTypes.isType(object)) {
			return super.createEObjectDescriptions(object, acceptor);
		}
		QualifiedName name = getQualifiedNameProvider().getFullyQualifiedName(object);
		if (name != null) {
			acceptor.accept(EObjectDescription.create(name, object, Map.of(CatalogEntries.USER_DATA_KEY, "true")));
		}
		return true;
	}
}
