package org.cryostudio.dsl.scoping;

import java.net.URL;

import org.eclipse.emf.common.util.URI;

/**
 * The standard library of gases, mixtures and materials, {@code stdlib.cryo} in this bundle,
 * which every spec sees without importing it. It is addressed by the URL the class loader gives
 * (a jar: URL on a plain class path, bundleresource: in OSGi), so that EMF loads it and resolves
 * references into it like any other resource.
 */
public final class StandardLibrary {

	private static final String RESOURCE = "/org/cryostudio/dsl/stdlib/stdlib.cryo";
	private static final URI URI_ = locate();

	private StandardLibrary() {
	}

	/** @return the URI of the standard library resource */
	public static URI uri() {
		return URI_;
	}

	/** @return true for the standard library itself */
	public static boolean isStandardLibrary(URI uri) {
		return URI_.equals(uri);
	}

	private static URI locate() {
		URL url = StandardLibrary.class.getResource(RESOURCE);
		if (url == null) {
			throw new IllegalStateException("the standard library " + RESOURCE + " is missing from the language bundle");
		}
		return URI.createURI(url.toString());
	}
}
