package org.cryostudio.ui.results;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.cryostudio.analysis.build.SpecModelBuilder;
import org.cryostudio.analysis.build.SpecModelException;
import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.analysis.solver.Solver;
import org.cryostudio.analysis.solver.SolverMonitor;
import org.cryostudio.analysis.solver.SolverRegistry;
import org.cryostudio.analysis.solver.SolverRunner;
import org.cryostudio.dsl.cryo.Model;
import org.cryostudio.ui.preferences.CryoPreferences;
import org.cryostudio.ui.workspace.CryoWorkspace;
import org.cryostudio.ui.workspace.ProblemMarkers;
import org.cryostudio.ui.workspace.SpecUris;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Solves a spec as {@code cryo solve} does: a spec with errors is not solved; otherwise the
 * analysis bundle turns each system into networks (on the language worker, which owns the EMF
 * model) and every applicable solver the user has not switched off runs, cancellable.
 */
public final class SolveService {

	private SolveService() {
	}

	public static SolveOutcome solve(IFile spec, IProgressMonitor monitor) throws CoreException {
		Instant start = Instant.now();
		SubMonitor progress = SubMonitor.convert(monitor, "Solving " + spec.getName(), 100);
		List<String> problems = new ArrayList<>();
		long errors = Arrays.stream(spec.findMarkers(ProblemMarkers.TYPE, true, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, 0) == IMarker.SEVERITY_ERROR).count();
		if (errors > 0) {
			problems.add(spec.getName() + " has " + errors + " error(s): fix them (Problems view) to solve it");
			return new SolveOutcome(spec, List.of(), problems, Instant.now(), Duration.between(start, Instant.now()));
		}
		progress.subTask("Building the networks");
		List<SystemModel> systems = systems(spec, problems);
		progress.worked(10);
		SolverRegistry registry = SolverRegistry.discover();
		List<SolverResult> results = new ArrayList<>();
		SubMonitor solving = progress.split(90).setWorkRemaining(Math.max(1, systems.size()));
		for (SystemModel system : systems) {
			List<String> ids = registry.all().stream().filter(s -> CryoPreferences.solverEnabled(s.id()) && s.appliesTo(system))
					.map(Solver::id).toList();
			if (ids.isEmpty()) {
				problems.add(system.name() + ": no solver applies to what it describes");
				continue;
			}
			results.addAll(new SolverRunner(registry).run(system, ids, monitorOf(solving.split(1))));
			if (solving.isCanceled()) {
				throw new OperationCanceledException();
			}
		}
		if (systems.isEmpty() && problems.isEmpty()) {
			problems.add(spec.getName() + " declares no system to solve");
		}
		return new SolveOutcome(spec, results, problems, Instant.now(), Duration.between(start, Instant.now()));
	}

	private static List<SystemModel> systems(IFile spec, List<String> problems) throws CoreException {
		try {
			return CryoWorkspace.get().read(SpecUris.of(spec), access -> {
				if (access.resource().getContents().isEmpty() || !(access.resource().getContents().get(0) instanceof Model model)) {
					return List.<SystemModel>of();
				}
				try {
					return SpecModelBuilder.build(model);
				} catch (SpecModelException e) {
					problems.add(spec.getName() + ":" + Math.max(1, e.line()) + ": " + e.getMessage());
					return List.<SystemModel>of();
				}
			}).get(60, TimeUnit.SECONDS);
		} catch (ExecutionException e) {
			Throwable cause = e.getCause() == null ? e : e.getCause();
			throw new CoreException(Status.error(spec.getName() + " could not be turned into networks: " + cause, cause));
		} catch (TimeoutException e) {
			throw new CoreException(Status.error(spec.getName() + ": the language worker did not answer within 60 s", e));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
	}

	/** The solvers' progress and cancel, on an Eclipse progress monitor. */
	public static SolverMonitor monitorOf(IProgressMonitor monitor) {
		return new SolverMonitor() {
			private SubMonitor sub = SubMonitor.convert(monitor);

			@Override
			public void begin(String task, int totalWork) {
				sub = SubMonitor.convert(monitor, task, Math.max(1, totalWork));
				sub.subTask(task);
			}

			@Override
			public void worked(int work) {
				sub.worked(work);
			}

			@Override
			public boolean isCancelled() {
				return monitor.isCanceled();
			}

			@Override
			public void done() {
				monitor.done();
			}
		};
	}
}
