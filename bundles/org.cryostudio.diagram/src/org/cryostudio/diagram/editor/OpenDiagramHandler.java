package org.cryostudio.diagram.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.part.FileEditorInput;

/** Opens the diagram of the spec in the active editor, or of the selected spec file. */
public final class OpenDiagramHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		IEditorInput input = null;
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s && !s.isEmpty()
				&& Adapters.adapt(s.getFirstElement(), IFile.class) instanceof IFile file && "cryo".equals(file.getFileExtension())) {
			input = new FileEditorInput(file);
		} else {
			IEditorPart active = HandlerUtil.getActiveEditor(event);
			input = active == null ? null : active.getEditorInput();
		}
		if (input == null) {
			return null;
		}
		try {
			page.openEditor(input, DiagramEditor.ID, true, IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
		} catch (PartInitException e) {
			throw new ExecutionException("Could not open the diagram of " + input.getName(), e);
		}
		return null;
	}
}
