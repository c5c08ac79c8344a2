package org.cryostudio.ui.editor.model;

import java.util.List;

/**
 * What the editor shows about one text version of a spec beyond its characters: outline, semantic
 * colouring and foldable regions. Computed on the language worker after each build.
 *
 * @param version    the editor's document version it was computed from
 * @param outline    top-level elements
 * @param highlights semantic styles, in document order
 * @param folds      foldable regions (offset, length pairs)
 */
public record SpecModel(int version, List<OutlineItem> outline, List<StyledRange> highlights, List<Fold> folds) {

	/** A foldable region of whole lines. */
	public record Fold(int offset, int length) {
	}
}
