package org.cryostudio.ui.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cryostudio.analysis.solver.SolverRegistry;
import org.cryostudio.report.design.CalculationReport;
import org.cryostudio.report.design.DesignIdentity;
import org.cryostudio.report.design.DesignInput;
import org.cryostudio.report.design.DesignSolution;
import org.cryostudio.report.design.Git;
import org.cryostudio.report.io.ReportFiles;
import org.cryostudio.report.io.ReportFormat;
import org.cryostudio.report.model.Finding;
import org.cryostudio.report.model.Report;
import org.cryostudio.ui.internal.CryoLanguage;
import org.cryostudio.ui.results.SolveService;
import org.cryostudio.ui.workspace.ProblemMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Writes the calculation report of a saved spec, as {@code cryo report} does: the spec is solved,
 * the report bundle builds the report (listing the problems the Problems view shows) and writes
 * HTML and/or PDF atomically beside the spec.
 */
public final class ReportGeneration {

	private ReportGeneration() {
	}

	/** @return the files written, HTML first */
	public static List<Path> generate(IFile spec, Set<ReportFormat> formats, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Report of " + spec.getName(), 8 + formats.size());
		Path file = spec.getLocation().toFile().toPath();
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		} catch (IOException e) {
			throw new CoreException(Status.error(spec.getFullPath() + " cannot be read: " + e.getMessage(), e));
		}
		List<Finding> findings = findings(spec);
		DesignIdentity identity = DesignIdentity.of(file, content, new Git(), version(), ZonedDateTime.now());
		progress.subTask("Solving");
		Report report = build(file, identity, findings, progress);
		List<Path> written = new ArrayList<>();
		String base = spec.getName().replaceFirst("\\.cryo$", "");
		for (ReportFormat format : EnumSet.copyOf(formats)) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			progress.subTask("Writing " + format.extension().toUpperCase());
			try {
				for (ReportFiles.Written w : ReportFiles.write(report, file.getParent(), base, Set.of(format))) {
					written.add(w.path());
				}
			} catch (IOException e) {
				throw new CoreException(Status.error("The " + format.extension() + " report could not be written to "
						+ file.getParent() + ": " + e.getMessage(), e));
			}
			progress.worked(1);
		}
		spec.getParent().refreshLocal(IResource.DEPTH_ONE, null);
		return written;
	}

	/**
	 * The report job parses its own copy of the saved spec (as {@code cryo report} does), so solving
	 * for the report never holds up the language worker that validates what the user types.
	 */
	private static Report build(Path file, DesignIdentity identity, List<Finding> findings, SubMonitor progress) {
		XtextResourceSet set = CryoLanguage.injector().getInstance(XtextResourceSet.class);
		Resource resource = set.getResource(URI.createFileURI(file.toString()), true);
		EcoreUtil.resolveAll(set);
		long errors = findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
		DesignSolution solution = errors > 0 ? DesignSolution.notSolved("the design has " + errors + " error(s)")
				: DesignSolution.solve(resource, SolverRegistry.discover(), SolveService.monitorOf(progress.split(6)));
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
		progress.subTask("Building the report");
		Report report = CalculationReport.build(new DesignInput(identity, resource, findings, solution));
		progress.worked(2);
		return report;
	}

	/** The problems the report lists: the spec's markers, as the Problems view shows them. */
	private static List<Finding> findings(IFile spec) throws CoreException {
		List<Finding> findings = new ArrayList<>();
		for (IMarker m : spec.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO)) {
			Finding.Severity severity = switch (m.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_INFO)) {
				case IMarker.SEVERITY_ERROR -> Finding.Severity.ERROR;
				case IMarker.SEVERITY_WARNING -> Finding.Severity.WARNING;
				default -> Finding.Severity.INFO;
			};
			findings.add(new Finding(severity, m.getAttribute(ProblemMarkers.CODE, ""),
					spec.getName() + ":" + m.getAttribute(IMarker.LINE_NUMBER, 1), m.getAttribute(IMarker.MESSAGE, "")));
		}
		return findings;
	}

	private static String version() {
		return Platform.getBundle("org.cryostudio.ui") == null ? "dev" : Platform.getBundle("org.cryostudio.ui").getVersion().toString();
	}
}
