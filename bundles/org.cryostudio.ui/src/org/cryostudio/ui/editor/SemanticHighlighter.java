package org.cryostudio.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.cryostudio.ui.editor.model.StyledRange;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.BadPositionCategoryException;
import org.eclipse.jface.text.DefaultPositionUpdater;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IPositionUpdater;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.ITextViewerExtension2;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.swt.custom.StyleRange;

/**
 * Paints the semantic styles over the lexical ones. The styled ranges are kept as document
 * positions, so they follow the text while the user types until the next build replaces them.
 */
final class SemanticHighlighter implements ITextPresentationListener {

	private static final String CATEGORY = "cryo.semantic";

	private final ISourceViewer viewer;
	private final IPositionUpdater updater = new DefaultPositionUpdater(CATEGORY);
	private IDocument document;
	private List<Styled> current = List.of();

	/** A styled range that moves with the text. */
	private static final class Styled extends Position {
		final String style;

		Styled(int offset, int length, String style) {
			super(offset, length);
			this.style = style;
		}
	}

	SemanticHighlighter(ISourceViewer viewer) {
		this.viewer = viewer;
		((ITextViewerExtension4) viewer).addTextPresentationListener(this);
	}

	void dispose() {
		((ITextViewerExtension4) viewer).removeTextPresentationListener(this);
		disconnect();
	}

	/** Replaces the styled ranges (UI thread; the ranges belong to the document's current text). */
	void update(List<StyledRange> ranges) {
		IDocument now = viewer.getDocument();
		if (now == null) {
			return;
		}
		if (now != document) {
			disconnect();
			document = now;
			document.addPositionCategory(CATEGORY);
			document.addPositionUpdater(updater);
		}
		List<Styled> next = new ArrayList<>(ranges.size());
		for (StyledRange r : ranges) {
			if (r.offset() + r.length() <= document.getLength() && CryoStyles.of(r.style()) != null) {
				next.add(new Styled(r.offset(), r.length(), r.style()));
			}
		}
		int[] changed = difference(current, next);
		try {
			for (Styled old : current) {
				document.removePosition(CATEGORY, old);
			}
			for (Styled s : next) {
				document.addPosition(CATEGORY, s);
			}
		} catch (BadLocationException | BadPositionCategoryException e) {
			return;
		}
		current = next;
		if (changed != null && viewer instanceof ITextViewerExtension2 ext) {
			ext.invalidateTextPresentation(changed[0], changed[1] - changed[0]);
		}
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IRegion extent = presentation.getExtent();
		int from = extent.getOffset();
		int to = from + extent.getLength();
		for (Styled s : current) {
			if (s.isDeleted() || s.offset + s.length <= from) {
				continue;
			}
			if (s.offset >= to) {
				break;
			}
			TextAttribute a = CryoStyles.of(s.style);
			StyleRange range = new StyleRange(s.offset, s.length, a.getForeground(), a.getBackground(), a.getStyle());
			presentation.mergeStyleRange(range);
		}
	}

	/** @return the [start, end) span where old and new differ, or null if they are the same */
	private static int[] difference(List<Styled> old, List<Styled> next) {
		int n = Math.min(old.size(), next.size());
		int first = 0;
		while (first < n && same(old.get(first), next.get(first))) {
			first++;
		}
		if (first == old.size() && first == next.size()) {
			return null;
		}
		int lastOld = old.size() - 1;
		int lastNext = next.size() - 1;
		while (lastOld >= first && lastNext >= first && same(old.get(lastOld), next.get(lastNext))) {
			lastOld--;
			lastNext--;
		}
		int start = Integer.MAX_VALUE;
		int end = 0;
		for (List<Styled> list : List.of(old.subList(first, lastOld + 1), next.subList(first, lastNext + 1))) {
			for (Styled s : list) {
				start = Math.min(start, s.offset);
				end = Math.max(end, s.offset + s.length);
			}
		}
		return start > end ? null : new int[] { start, end };
	}

	private static boolean same(Styled a, Styled b) {
		return a.offset == b.offset && a.length == b.length && a.style.equals(b.style);
	}

	private void disconnect() {
		if (document != null) {
			document.removePositionUpdater(updater);
			try {
				document.removePositionCategory(CATEGORY);
			} catch (BadPositionCategoryException e) {
				// already gone
			}
			document = null;
		}
		current = List.of();
	}
}
