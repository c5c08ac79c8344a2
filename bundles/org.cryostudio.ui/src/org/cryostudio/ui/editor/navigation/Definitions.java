package org.cryostudio.ui.editor.navigation;

import java.util.ArrayList;
import java.util.List;

import org.cryostudio.ui.workspace.SpecAccess;
import org.cryostudio.ui.workspace.SpecUris;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;

/** Where the element referenced at an offset is declared, in this spec or another (worker thread). */
final class Definitions {

	/**
	 * A declaration site.
	 *
	 * @param uri   the spec that declares it
	 * @param range the declared name, in LSP lines and characters
	 */
	record Site(URI uri, Range range) {
	}

	private Definitions() {
	}

	static List<Site> at(SpecAccess spec, int offset) {
		DocumentSymbolService symbols = spec.service(DocumentSymbolService.class);
		if (symbols == null) {
			return List.of();
		}
		List<Site> sites = new ArrayList<>();
		for (Location location : symbols.getDefinitions(spec.resource(), offset, spec.resourceAccess(),
				spec.cancelIndicator())) {
			sites.add(new Site(SpecUris.parse(location.getUri()), location.getRange()));
		}
		return sites;
	}
}
