package org.cryostudio.ui;

import org.cryostudio.ui.welcome.ShowWelcomeHandler;
import org.cryostudio.ui.workspace.ProjectTracker;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/**
 * Runs once the workbench is up (off the UI thread): the language worker starts tracking the
 * workspace's CryoStudio projects, so their specs are checked before anything is opened; an empty
 * workspace greets the user with the Welcome page.
 */
public final class CryoStartup implements IStartup {

	@Override
	public void earlyStartup() {
		ProjectTracker.start();
		if (ResourcesPlugin.getWorkspace().getRoot().getProjects().length == 0) {
			IWorkbench workbench = PlatformUI.getWorkbench();
			workbench.getDisplay().asyncExec(() -> {
				IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
				if (window != null && window.getActivePage() != null) {
					try {
						ShowWelcomeHandler.open(window.getActivePage());
					} catch (PartInitException e) {
						// the user can open it from the Help menu
					}
				}
			});
		}
	}
}
