package org.cryostudio.ui.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.cryostudio.report.io.ReportFormat;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.program.Program;
import org.eclipse.ui.PlatformUI;

/** Generates a report in the background (Progress view, cancellable) and opens it when done. */
public final class ReportJob extends Job {

	public static final Object FAMILY = ReportJob.class;

	private final IFile spec;
	private final Set<ReportFormat> formats;
	private final boolean open;
	private volatile List<Path> written = List.of();

	/** @param open whether to show the first file written in the system's viewer when done */
	public ReportJob(IFile spec, Set<ReportFormat> formats, boolean open) {
		super("Generating the report of " + spec.getName());
		this.spec = spec;
		this.formats = formats;
		this.open = open;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			written = ReportGeneration.generate(spec, formats, monitor);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (CoreException e) {
			return e.getStatus();
		}
		if (open && !written.isEmpty() && PlatformUI.isWorkbenchRunning()) {
			String first = written.get(0).toString();
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> Program.launch(first));
		}
		return Status.info("Report written: " + written);
	}

	/** @return the files written by the last run, HTML first */
	public List<Path> written() {
		return written;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
