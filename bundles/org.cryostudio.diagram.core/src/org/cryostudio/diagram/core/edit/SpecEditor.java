package org.cryostudio.diagram.core.edit;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.cryostudio.diagram.core.mapping.SpecLoader;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Turns a change of the spec's model into the smallest text change, through Xtext's change
 * serializer: only the regions of changed elements are rewritten (new ones formatted by the
 * language's formatter), references to a renamed element follow it, and every comment and all
 * formatting elsewhere stay as they are. The text is parsed afresh for each edit, so the edit
 * always applies to exactly the text given.
 */
public final class SpecEditor {

	private final SpecLoader loader;

	public SpecEditor(SpecLoader loader) {
		this.loader = loader;
	}

	/**
	 * @param text the spec's current text
	 * @param uri  where the spec lives (imports are resolved from there)
	 * @return the replacements that make the change, non-overlapping
	 * @throws EditRefusedException when the text does not parse or the change cannot be made
	 */
	public List<TextEdit> edit(String text, URI uri, SpecChange change) throws EditRefusedException {
		XtextResource resource = parse(text, uri);
		IChangeSerializer serializer = resource.getResourceServiceProvider().get(IChangeSerializer.class);
		serializer.setUpdateRelatedFiles(false);
		serializer.setUpdateCrossReferences(true);
		EditRefusedException[] refused = new EditRefusedException[1];
		List<TextEdit> direct = new ArrayList<>();
		serializer.addModification(resource, r -> {
			try {
				SpecModel model = new SpecModel(r);
				change.apply(model);
				direct.addAll(model.textEdits());
			} catch (EditRefusedException e) {
				refused[0] = e;
			}
		});
		List<TextEdit> edits = new ArrayList<>();
		try {
			serializer.applyModifications(c -> {
				if (c instanceof ITextDocumentChange t && t.getResource() == resource) {
					for (ITextReplacement r : t.getReplacements()) {
						edits.add(new TextEdit(r.getOffset(), r.getLength(), r.getReplacementText()));
					}
				}
			});
		} catch (RuntimeException e) {
			if (refused[0] != null) {
				throw refused[0];
			}
			throw new EditRefusedException("the change cannot be written as text (" + e + ")", e);
		}
		if (refused[0] != null) {
			throw refused[0];
		}
		edits.addAll(direct);
		return WhitespaceTidy.tidy(text, edits);
	}

	/** @return the spec parsed for an edit; refused when it has syntax errors */
	XtextResource parse(String text, URI uri) throws EditRefusedException {
		XtextResource resource;
		try {
			resource = loader.parse(text, uri);
		} catch (IOException e) {
			throw new EditRefusedException("the spec cannot be read: " + e.getMessage());
		}
		if (!resource.getErrors().isEmpty()) {
			throw new EditRefusedException("the spec has syntax errors; correct them in the text first ("
					+ resource.getErrors().get(0).getMessage() + ", line " + resource.getErrors().get(0).getLine() + ")");
		}
		if (resource.getContents().isEmpty()) {
			throw new EditRefusedException("the spec is empty");
		}
		return resource;
	}
}
