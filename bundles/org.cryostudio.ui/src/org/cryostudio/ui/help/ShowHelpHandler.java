package org.cryostudio.ui.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > CryoStudio Help: the language guide. */
public final class ShowHelpHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			HelpView.show(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), HelpTopics.LANGUAGE);
		} catch (PartInitException e) {
			throw new ExecutionException("The help could not be opened", e);
		}
		return null;
	}
}
