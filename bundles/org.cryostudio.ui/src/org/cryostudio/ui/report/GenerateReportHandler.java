package org.cryostudio.ui.report;

import java.util.EnumSet;

import org.cryostudio.report.io.ReportFormat;
import org.cryostudio.ui.workspace.SpecUris;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Generate Report (HTML and PDF) of the spec in the active editor or selected in the Project
 * Explorer. The report describes the saved file, so unsaved changes are saved first (asked).
 */
public final class GenerateReportHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IFile spec = null;
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof IFile f && SpecUris.isSpec(f)) {
			spec = f;
		} else if (editor != null && editor.getEditorInput().getAdapter(IFile.class) instanceof IFile f && SpecUris.isSpec(f)) {
			spec = f;
			if (editor.isDirty()) {
				if (!MessageDialog.openQuestion(HandlerUtil.getActiveShell(event), "Generate Report",
						"The report describes the saved spec. Save " + f.getName() + " first?")) {
					return null;
				}
				editor.doSave(null);
			}
		}
		if (spec == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Generate Report",
					"Open a .cryo spec or select one in the Project Explorer.");
			return null;
		}
		new ReportJob(spec, EnumSet.of(ReportFormat.HTML, ReportFormat.PDF), true).schedule();
		return null;
	}
}
