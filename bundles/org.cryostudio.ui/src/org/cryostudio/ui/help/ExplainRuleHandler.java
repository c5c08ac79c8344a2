package org.cryostudio.ui.help;

import org.cryostudio.ui.workspace.ProblemMarkers;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Problems view > Explain Rule: the help page of the selected CryoStudio problem's rule. */
public final class ExplainRuleHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
			IMarker marker = Adapters.adapt(selection.getFirstElement(), IMarker.class);
			try {
				explain(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), marker);
			} catch (PartInitException e) {
				throw new ExecutionException("The help could not be opened", e);
			}
		}
		return null;
	}

	/** Shows the page of the marker's rule; the language guide for a problem without a known rule. */
	public static HelpView explain(IWorkbenchPage page, IMarker marker) throws PartInitException {
		String code = marker == null ? null : marker.getAttribute(ProblemMarkers.CODE, null);
		return HelpView.show(page, code != null && HelpTopics.page(code).isPresent() ? code : HelpTopics.LANGUAGE);
	}
}
