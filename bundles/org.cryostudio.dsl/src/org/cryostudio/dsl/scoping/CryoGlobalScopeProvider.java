package org.cryostudio.dsl.scoping;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;

import org.cryostudio.dsl.cryo.Import;
import org.cryostudio.dsl.cryo.Model;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.scoping.impl.ImportUriGlobalScopeProvider;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.inject.Inject;

/**
 * What a spec sees beyond its own file: the files it imports (relative paths inside its project,
 * see {@link ImportPaths}) and the standard library. Imports are not transitive: a spec sees the
 * names of the files it imports itself. Imports that are refused or missing are left out here
 * and reported at the import by the validator.
 */
public class CryoGlobalScopeProvider extends ImportUriGlobalScopeProvider {

	@Inject
	private IResourceScopeCache importCache;

	@Override
	protected LinkedHashSet<URI> getImportedUris(Resource resource) {
		return importCache.get(CryoGlobalScopeProvider.class.getName(), resource, () -> collect(resource));
	}

	private static LinkedHashSet<URI> collect(Resource resource) {
		LinkedHashSet<URI> uris = new LinkedHashSet<>();
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Model model) {
			for (Import imported : model.getImports()) {
				ImportPaths.Resolution resolution = ImportPaths.resolve(resource.getURI(), imported.getImportURI());
				if (resolution.isValid() && !resolution.uri().equals(resource.getURI())
						&& exists(resource.getResourceSet(), resolution.uri())) {
					uris.add(resolution.uri());
				}
			}
		}
		// last, so that imported catalogs may shadow library names
		if (!StandardLibrary.isStandardLibrary(resource.getURI())) {
			uris.add(StandardLibrary.uri());
		}
		return uris;
	}

	/** @return true when the import target can be loaded */
	public static boolean exists(ResourceSet resourceSet, URI uri) {
		if (uri.isFile()) {
			return Files.isRegularFile(Path.of(uri.toFileString()));
		}
		if (resourceSet == null) {
			return false;
		}
		if (resourceSet.getResource(uri, false) != null) {
			return true;
		}
		try {
			return resourceSet.getURIConverter().exists(uri, Map.of());
		} catch (RuntimeException e) {
			return false;
		}
	}
}
