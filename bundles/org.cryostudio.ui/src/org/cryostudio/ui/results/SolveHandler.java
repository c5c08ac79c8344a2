package org.cryostudio.ui.results;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Solve (Ctrl+Alt+S, Project menu): shows the Results view and solves the spec of the active editor. */
public final class SolveHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		var editor = page.getActiveEditor();
		try {
			ResultsView results = (ResultsView) page.showView(ResultsView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
			if (results.spec() == null) {
				MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Solve", "Open a .cryo spec to solve it.");
				return null;
			}
			if (editor != null && editor.isDirty()) {
				editor.doSave(null); // solvers read the spec as the editor shows it; saving keeps file and results in step
			}
			results.solve();
		} catch (PartInitException e) {
			throw new ExecutionException("The Results view could not be opened", e);
		}
		return null;
	}
}
