package org.cryostudio.dsl.scoping;

import org.cryostudio.dsl.model.ComponentTypes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IEObjectDescription;

/**
 * Tells, from an index entry, whether a named element is a catalog entry (a component type)
 * without loading it: entries exported from other files carry a flag in their user data.
 */
public final class CatalogEntries {

	/** User-data key set to {@code "true"} on the index entries of catalog components. */
	public static final String USER_DATA_KEY = "catalogEntry";

	private CatalogEntries() {
	}

	public static boolean isCatalogEntry(IEObjectDescription description) {
		EObject object = description.getEObjectOrProxy();
		if (object != null && !object.eIsProxy()) {
			return ComponentTypes.isType(object);
		}
		return "true".equals(description.getUserData(USER_DATA_KEY));
	}
}
