package org.cryostudio.ui.workspace;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;

/**
 * The version of each spec open in an editor, so that validation results computed for an older text
 * are not shown on a newer one (the next build brings the right ones).
 */
public final class OpenSpecs {

	private static final Map<URI, Integer> VERSIONS = new ConcurrentHashMap<>();

	private OpenSpecs() {
	}

	public static void opened(URI uri, int version) {
		VERSIONS.put(uri, version);
	}

	public static void changed(URI uri, int version) {
		VERSIONS.put(uri, version);
	}

	public static void closed(URI uri) {
		VERSIONS.remove(uri);
	}

	/** @return true if results computed for that version are out of date (the editor moved on) */
	public static boolean isStale(URI uri, int version) {
		Integer current = VERSIONS.get(uri);
		return version >= 0 && current != null && current > version;
	}
}
