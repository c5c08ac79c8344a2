package org.cryostudio.ui.workspace;

import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.Issue;

/** Hears what the language worker learned; called on the worker thread, so keep it short. */
public interface SpecListener {

	/** The issues of one spec after it was validated (an empty list clears earlier ones). */
	default void validated(URI uri, int version, List<Issue> issues) {
	}

	/** An open spec was rebuilt: read what the editor shows (outline, highlighting, folding). */
	default void built(SpecAccess spec) {
	}
}
