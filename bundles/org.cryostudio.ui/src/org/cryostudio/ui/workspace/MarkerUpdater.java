package org.cryostudio.ui.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.Issue;

/**
 * Turns validation results into problem markers. The language worker must never wait for the
 * workspace lock (a builder holding it may be waiting for the worker), so results are handed to this
 * job, which writes the latest issues of each file in one workspace operation.
 */
public final class MarkerUpdater implements SpecListener {

	/** Job family, for tests that wait for markers. */
	public static final Object FAMILY = MarkerUpdater.class;

	private final Map<URI, Pending> pending = new LinkedHashMap<>();
	private final Job job = new Job("Updating CryoStudio problem markers") {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			return flush(monitor);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	};

	private record Pending(int version, List<Issue> issues) {
	}

	public MarkerUpdater() {
		job.setSystem(true);
		job.setPriority(Job.SHORT);
	}

	@Override
	public void validated(URI uri, int version, List<Issue> issues) {
		synchronized (pending) {
			pending.put(uri, new Pending(version, issues));
		}
		job.schedule();
	}

	private IStatus flush(IProgressMonitor monitor) {
		Map<URI, Pending> batch;
		synchronized (pending) {
			batch = new LinkedHashMap<>(pending);
			pending.clear();
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		try {
			workspace.run(m -> {
				for (Map.Entry<URI, Pending> e : batch.entrySet()) {
					if (OpenSpecs.isStale(e.getKey(), e.getValue().version())) {
						continue; // offsets belong to an older text; a newer build is coming
					}
					IFile file = SpecUris.fileOf(e.getKey());
					if (file != null) {
						ProblemMarkers.replace(file, e.getValue().issues());
					}
				}
			}, null, IWorkspace.AVOID_UPDATE, monitor);
		} catch (CoreException e) {
			ILog.of(MarkerUpdater.class).log(e.getStatus());
		}
		return Status.OK_STATUS;
	}
}
