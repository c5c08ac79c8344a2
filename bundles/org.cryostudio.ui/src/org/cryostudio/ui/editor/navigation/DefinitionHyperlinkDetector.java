package org.cryostudio.ui.editor.navigation;

import java.util.List;
import java.util.function.Supplier;

import org.cryostudio.ui.editor.SpecSession;
import org.cryostudio.ui.editor.Words;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

/**
 * Ctrl+click on a reference opens its declaration. Detection runs on the UI thread while the mouse
 * moves, so it waits for the worker only briefly and offers no link when the worker is busy.
 */
public final class DefinitionHyperlinkDetector extends AbstractHyperlinkDetector {

	private static final long WAIT_MS = 150;

	private final Supplier<SpecSession> session;

	public DefinitionHyperlinkDetector(Supplier<SpecSession> session) {
		this.session = session;
	}

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		SpecSession spec = session.get();
		if (spec == null) {
			return null;
		}
		IRegion word = Words.at(viewer.getDocument(), region.getOffset(), true);
		if (word.getLength() == 0) {
			return null;
		}
		List<Definitions.Site> sites = Navigator.definitionsAt(spec, region.getOffset(), WAIT_MS);
		if (sites.isEmpty()) {
			return null;
		}
		Definitions.Site site = sites.get(0);
		return new IHyperlink[] { new IHyperlink() {
			@Override
			public IRegion getHyperlinkRegion() {
				return word;
			}

			@Override
			public String getTypeLabel() {
				return "Open Declaration";
			}

			@Override
			public String getHyperlinkText() {
				return "Open Declaration";
			}

			@Override
			public void open() {
				IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
				Navigator.open(page, site);
			}
		} };
	}
}
