package org.cryostudio.ui.workspace;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.util.UriExtensions;

/**
 * Converts between workspace resources and the URIs the language worker uses. Those are the
 * language server's: {@code file:///path}, with an empty authority, folders ending in a slash.
 */
public final class SpecUris {

	public static final String EXTENSION = "cryo";

	private static final UriExtensions URIS = new UriExtensions();

	private SpecUris() {
	}

	/** @return the file's URI, or null if it has no location on the local disk */
	public static URI of(IFile file) {
		java.net.URI location = file.getLocationURI();
		return location == null ? null : URIS.toEmfUri(location);
	}

	/** @return the folder's URI ending in a slash, or null if it has no local location */
	public static URI folderOf(IContainer folder) {
		java.net.URI location = folder.getLocationURI();
		if (location == null) {
			return null;
		}
		URI uri = URIS.toEmfUri(location);
		return uri.hasTrailingPathSeparator() ? uri : uri.appendSegment("");
	}

	/** @return the workspace file at that URI, or null if none is (the first if it is linked twice) */
	public static IFile fileOf(URI uri) {
		if (uri == null) {
			return null;
		}
		try {
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot()
					.findFilesForLocationURI(java.net.URI.create(uri.trimFragment().toString()));
			return files.length == 0 ? null : files[0];
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	/** @return the URI in the worker's form, from an LSP URI string */
	public static URI parse(String uri) {
		return URIS.toUri(uri);
	}

	public static boolean isSpec(IFile file) {
		return EXTENSION.equals(file.getFileExtension());
	}
}
