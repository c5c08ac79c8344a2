package org.cryostudio.diagram.core.mapping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Qualified names of spec elements as the language defines them (the same names scoping,
 * reports and the layout file use): {@code System.element}.
 */
public final class Names {

	private final IQualifiedNameProvider provider;

	private Names(IQualifiedNameProvider provider) {
		this.provider = provider;
	}

	public static Names of(Resource resource) {
		IQualifiedNameProvider p = resource instanceof XtextResource x
				? x.getResourceServiceProvider().get(IQualifiedNameProvider.class)
				: null;
		return new Names(p != null ? p : new IQualifiedNameProvider.AbstractImpl() {
			@Override
			public QualifiedName getFullyQualifiedName(EObject obj) {
				return null;
			}
		});
	}

	/** @return the qualified name, or null for an element without a name */
	public String of(EObject element) {
		if (element == null || element.eIsProxy()) {
			return null;
		}
		QualifiedName qn = provider.getFullyQualifiedName(element);
		return qn == null ? null : qn.toString();
	}

	/** @return the qualified name of {@code element} or of its nearest named container */
	public String enclosing(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			String n = of(e);
			if (n != null) {
				return n;
			}
		}
		return null;
	}
}
