package org.cryostudio.ui;

import org.cryostudio.ui.workspace.ProjectTracker;
import org.eclipse.ui.IStartup;

/**
 * Runs once the workbench is up (off the UI thread): the language worker starts tracking the
 * workspace's CryoStudio projects, so their specs are checked before anything is opened.
 */
public final class CryoStartup implements IStartup {

	@Override
	public void earlyStartup() {
		ProjectTracker.start();
	}
}
