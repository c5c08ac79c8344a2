package org.cryostudio.ui.results;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/** Solves one spec in the background (Progress view, cancellable) and publishes the outcome. */
public final class SolveJob extends Job {

	public static final Object FAMILY = SolveJob.class;

	private final IFile spec;

	public SolveJob(IFile spec) {
		super("Solving " + spec.getName());
		this.spec = spec;
		setUser(true);
	}

	/** Cancels a solve of the same spec still running (a newer save supersedes it) and starts this one. */
	public static SolveJob start(IFile spec) {
		for (Job running : Job.getJobManager().find(FAMILY)) {
			if (running instanceof SolveJob job && job.spec.equals(spec)) {
				job.cancel();
			}
		}
		SolveJob job = new SolveJob(spec);
		job.schedule();
		return job;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			SolveResults.publish(SolveService.solve(spec, monitor));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (CoreException e) {
			return e.getStatus();
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	public IFile spec() {
		return spec;
	}
}
