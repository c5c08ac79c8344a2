package org.cryostudio.ui.editor.navigation;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cryostudio.ui.editor.SpecSession;
import org.cryostudio.ui.workspace.SpecUris;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** Opens declarations: the spec that declares an element, with its name selected. */
public final class Navigator {

	private Navigator() {
	}

	/**
	 * Finds the declaration of what is referenced at the offset (waiting at most the given time).
	 *
	 * @return the declaration sites, empty if there is no reference there or the wait ran out
	 */
	static List<Definitions.Site> definitionsAt(SpecSession session, int offset, long timeoutMs) {
		var request = session.read(spec -> Definitions.at(spec, offset));
		try {
			return request.get(timeoutMs, TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			request.cancel(true);
			Thread.currentThread().interrupt();
			return List.of();
		} catch (Exception e) {
			request.cancel(true);
			return List.of();
		}
	}

	/**
	 * Goes to the declaration of what is referenced at the offset.
	 *
	 * @return true if an editor was opened on it
	 */
	public static boolean openDeclaration(IWorkbenchPage page, SpecSession session, int offset) {
		List<Definitions.Site> sites = definitionsAt(session, offset, 3_000);
		return !sites.isEmpty() && open(page, sites.get(0));
	}

	static boolean open(IWorkbenchPage page, Definitions.Site site) {
		IFile file = SpecUris.fileOf(site.uri());
		if (file == null) {
			return false;
		}
		try {
			IEditorPart part = IDE.openEditor(page, file, true);
			if (part instanceof ITextEditor editor) {
				IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
				int start = offset(document, site.range().getStart().getLine(), site.range().getStart().getCharacter());
				int end = offset(document, site.range().getEnd().getLine(), site.range().getEnd().getCharacter());
				editor.selectAndReveal(start, Math.max(0, end - start));
			}
			return true;
		} catch (PartInitException e) {
			return false;
		}
	}

	private static int offset(IDocument document, int line, int character) {
		try {
			return Math.min(document.getLineOffset(line) + character, document.getLength());
		} catch (BadLocationException e) {
			return 0;
		}
	}
}
