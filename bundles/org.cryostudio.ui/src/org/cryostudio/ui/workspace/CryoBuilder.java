package org.cryostudio.ui.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.URI;

/**
 * Tells the language worker which specs changed on disk, so that every spec of the project is
 * validated (and its dependents re-linked) whether or not it is open. The worker validates in the
 * background; markers follow through {@link MarkerUpdater}.
 */
public final class CryoBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.cryostudio.ui.builder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IProject project = getProject();
		boolean added = ProjectTracker.track(project);
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(project);
		List<URI> changed = new ArrayList<>();
		List<URI> deleted = new ArrayList<>();
		if (delta == null) {
			if (added) {
				return null; // tracking a project validates all of it
			}
			project.accept(resource -> {
				if (resource instanceof IFile file && SpecUris.isSpec(file)) {
					add(changed, file);
				}
				return !isOutput(resource);
			});
		} else {
			delta.accept(d -> {
				if (d.getResource() instanceof IFile file && SpecUris.isSpec(file)) {
					switch (d.getKind()) {
						case IResourceDelta.REMOVED -> add(deleted, file);
						case IResourceDelta.ADDED -> add(changed, file);
						default -> {
							if ((d.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
								add(changed, file);
							}
						}
					}
				}
				return !isOutput(d.getResource());
			});
		}
		if (!changed.isEmpty() || !deleted.isEmpty()) {
			CryoWorkspace.get().filesChanged(changed, deleted);
		}
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_INFINITE);
	}

	private static void add(List<URI> uris, IFile file) {
		URI uri = SpecUris.of(file);
		if (uri != null) {
			uris.add(uri);
		}
	}

	private static boolean isOutput(IResource resource) {
		return resource.isDerived() || resource.isTeamPrivateMember();
	}
}
