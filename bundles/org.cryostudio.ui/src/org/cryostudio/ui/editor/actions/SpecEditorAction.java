package org.cryostudio.ui.editor.actions;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.cryostudio.ui.editor.CryoEditor;
import org.cryostudio.ui.editor.SpecSession;
import org.cryostudio.ui.workspace.SpecReader;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.swt.custom.BusyIndicator;

/** An editor command that asks the language worker and then changes the editor. */
abstract class SpecEditorAction extends Action {

	private static final long TIMEOUT_MS = 10_000;

	protected final CryoEditor editor;

	SpecEditorAction(CryoEditor editor, String label, String commandId) {
		super(label);
		this.editor = editor;
		setActionDefinitionId(commandId);
		setId(commandId);
	}

	protected ITextSelection selection() {
		return (ITextSelection) editor.getSelectionProvider().getSelection();
	}

	/**
	 * Reads the spec, showing a busy cursor meanwhile (the UI thread waits: the user asked for it).
	 *
	 * @return the answer, or null if the worker failed or took too long (the status line says which)
	 */
	protected <T> T ask(SpecReader<T> reader) {
		SpecSession session = editor.session();
		if (session == null) {
			return null;
		}
		Object[] answer = new Object[1];
		CompletableFuture<T> request = session.read(reader);
		BusyIndicator.showWhile(editor.getSite().getShell().getDisplay(), () -> {
			try {
				answer[0] = request.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} catch (Exception e) {
				request.cancel(true);
				status(getText() + " failed: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()));
			}
		});
		@SuppressWarnings("unchecked")
		T result = (T) answer[0];
		return result;
	}

	protected void status(String message) {
		editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
	}
}
