package org.cryostudio.ui.welcome;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help > Welcome. */
public final class ShowWelcomeHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage());
		} catch (PartInitException e) {
			throw new ExecutionException("The Welcome page could not be opened", e);
		}
		return null;
	}

	/** Opens (or brings forward) the Welcome page. */
	public static void open(IWorkbenchPage page) throws PartInitException {
		page.openEditor(WelcomeInput.INSTANCE, WelcomePage.ID, true);
	}
}
