package org.cryostudio.dsl.validation;

import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.Import;
import org.cryostudio.dsl.scoping.CryoGlobalScopeProvider;
import org.cryostudio.dsl.scoping.ImportPaths;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Check;

/** Imports are relative paths to existing files inside the spec's project (see {@link ImportPaths}). */
public class ImportValidator extends CryoCheck {

	@Check
	public void checkImport(Import imported) {
		Resource resource = imported.eResource();
		if (resource == null || imported.getImportURI() == null) {
			return;
		}
		ImportPaths.Resolution resolution = ImportPaths.resolve(resource.getURI(), imported.getImportURI());
		if (!resolution.isValid()) {
			String code = switch (resolution.problem()) {
				case ABSOLUTE -> IssueCodes.IMPORT_ABSOLUTE;
				case OUTSIDE_ROOT -> IssueCodes.IMPORT_OUTSIDE_ROOT;
				case MALFORMED, NOT_A_SPEC -> IssueCodes.IMPORT_NOT_FOUND;
			};
			error("cannot import \"" + imported.getImportURI() + "\": " + ImportPaths.describe(resolution.problem()),
					Literals.IMPORT__IMPORT_URI, code);
		} else if (!CryoGlobalScopeProvider.exists(resource.getResourceSet(), resolution.uri())) {
			error("cannot import \"" + imported.getImportURI() + "\": no such file", Literals.IMPORT__IMPORT_URI,
					IssueCodes.IMPORT_NOT_FOUND);
		}
	}
}
