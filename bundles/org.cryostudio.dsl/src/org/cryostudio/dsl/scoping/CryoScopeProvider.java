package org.cryostudio.dsl.scoping;

import org.cryostudio.dsl.cryo.Component;
import org.cryostudio.dsl.cryo.CryoPackage;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.FilteringScope;

/**
 * Scoping rules on top of qualified names and imports: a component's type ({@code cp : X}) is a
 * catalog entry of the same kind; every other reference to a component (a tube's {@code from},
 * a stage's cooler, a requirement's subject ...) names an instance, never a catalog entry.
 * Gases, mixtures and materials are found wherever they are declared.
 */
public class CryoScopeProvider extends AbstractCryoScopeProvider {

	@Override
	public IScope getScope(EObject context, EReference reference) {
		IScope scope = super.getScope(context, reference);
		if (reference == CryoPackage.Literals.COMPONENT__TYPE) {
			return new FilteringScope(scope, d -> CatalogEntries.isCatalogEntry(d)
					&& (!(context instanceof Component) || d.getEClass() == context.eClass()));
		}
		if (CryoPackage.Literals.COMPONENT.isSuperTypeOf(reference.getEReferenceType())) {
			return new FilteringScope(scope, d -> !CatalogEntries.isCatalogEntry(d));
		}
		return scope;
	}
}
