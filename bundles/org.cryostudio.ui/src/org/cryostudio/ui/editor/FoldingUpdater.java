package org.cryostudio.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.cryostudio.ui.editor.model.SpecModel;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionViewer;

/**
 * Keeps the foldable regions in step with the language's folding ranges, extended to whole lines.
 * Regions that stay keep their annotation, so what the user collapsed stays collapsed.
 */
final class FoldingUpdater {

	private final ProjectionViewer viewer;

	FoldingUpdater(ProjectionViewer viewer) {
		this.viewer = viewer;
	}

	void update(List<SpecModel.Fold> folds) {
		ProjectionAnnotationModel model = viewer.getProjectionAnnotationModel();
		IDocument document = viewer.getDocument();
		if (model == null || document == null) {
			return;
		}
		Map<Position, Boolean> wanted = new HashMap<>();
		for (SpecModel.Fold fold : folds) {
			Position lines = wholeLines(document, fold);
			if (lines != null) {
				wanted.put(lines, Boolean.TRUE);
			}
		}
		List<Annotation> deletions = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			Position p = model.getPosition(annotation);
			if (p == null || wanted.remove(new Position(p.offset, p.length)) == null) {
				deletions.add(annotation);
			}
		}
		Map<Annotation, Position> additions = new HashMap<>();
		for (Position p : wanted.keySet()) {
			additions.put(new ProjectionAnnotation(), p);
		}
		if (!deletions.isEmpty() || !additions.isEmpty()) {
			model.modifyAnnotations(deletions.toArray(Annotation[]::new), additions, null);
		}
	}

	/** @return the fold widened to its first and last line, or null if it spans fewer than two lines */
	private static Position wholeLines(IDocument document, SpecModel.Fold fold) {
		try {
			int end = Math.min(fold.offset() + fold.length(), document.getLength());
			int firstLine = document.getLineOfOffset(fold.offset());
			int lastLine = document.getLineOfOffset(end);
			if (lastLine <= firstLine) {
				return null;
			}
			int start = document.getLineOffset(firstLine);
			int stop = document.getLineOffset(lastLine) + document.getLineLength(lastLine);
			return new Position(start, stop - start);
		} catch (BadLocationException e) {
			return null;
		}
	}
}
