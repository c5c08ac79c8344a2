package org.cryostudio.ui.workspace;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.emf.common.util.URI;

/**
 * Keeps the language worker's projects in step with the workspace's open CryoStudio projects, and
 * routes validation results to problem markers.
 */
public final class ProjectTracker implements IResourceChangeListener {

	private static ProjectTracker instance;

	private ProjectTracker() {
	}

	/** Starts tracking (once): every open CryoStudio project now, and later changes. */
	public static synchronized void start() {
		if (instance != null) {
			return;
		}
		instance = new ProjectTracker();
		CryoWorkspace.get().addListener(new MarkerUpdater());
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.addResourceChangeListener(instance,
				IResourceChangeEvent.POST_CHANGE | IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE);
		for (IProject project : workspace.getRoot().getProjects()) {
			if (CryoNature.isOn(project)) {
				track(project);
			}
		}
	}

	/**
	 * Makes the worker track a project (whatever its nature: an editor may open a spec anywhere).
	 *
	 * @return true if it was not tracked before
	 */
	public static boolean track(IProject project) {
		start();
		URI folder = SpecUris.folderOf(project);
		return folder != null && CryoWorkspace.get().addProject(project.getName(), folder);
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		if (event.getType() != IResourceChangeEvent.POST_CHANGE) {
			if (event.getResource() instanceof IProject project) {
				CryoWorkspace.get().removeProject(project.getName());
			}
			return;
		}
		IResourceDelta root = event.getDelta();
		if (root == null) {
			return;
		}
		for (IResourceDelta delta : root.getAffectedChildren()) {
			if (!(delta.getResource() instanceof IProject project)) {
				continue;
			}
			boolean opened = (delta.getFlags() & IResourceDelta.OPEN) != 0;
			boolean described = (delta.getFlags() & IResourceDelta.DESCRIPTION) != 0;
			if (delta.getKind() == IResourceDelta.ADDED || opened || described) {
				if (CryoNature.isOn(project)) {
					track(project);
				}
			}
		}
	}
}
