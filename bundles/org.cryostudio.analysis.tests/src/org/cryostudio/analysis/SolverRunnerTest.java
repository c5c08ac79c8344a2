package org.cryostudio.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.analysis.result.SolverStatus;
import org.cryostudio.analysis.solver.ProgressCounter;
import org.cryostudio.analysis.solver.Solver;
import org.cryostudio.analysis.solver.SolverException;
import org.cryostudio.analysis.solver.SolverMonitor;
import org.cryostudio.analysis.solver.SolverRegistry;
import org.cryostudio.analysis.solver.SolverRunner;
import org.junit.jupiter.api.Test;

/** The runner contains failures per solver, honours cancellation and names unknown ids. */
class SolverRunnerTest {

	private static final SystemModel MODEL = SystemModel.builder("Empty").build();

	/** A solver whose behaviour the test chooses. */
	private record Fake(String id, Runnable body) implements Solver {
		@Override
		public String description() {
			return "fake " + id;
		}

		@Override
		public boolean appliesTo(SystemModel model) {
			return true;
		}

		@Override
		public SolverResult solve(SystemModel model, SolverMonitor monitor) {
			ProgressCounter progress = new ProgressCounter(monitor, id, 10);
			for (int i = 1; i <= 10; i++) {
				progress.update(i / 10.0);
			}
			body.run();
			progress.done();
			return SolverResult.builder(id).scalar("", "answer", 42, "1").build();
		}
	}

	private static SolverMonitor counting(AtomicInteger worked, boolean cancelled) {
		return new SolverMonitor() {
			@Override
			public void begin(String task, int totalWork) {
			}

			@Override
			public void worked(int work) {
				worked.addAndGet(work);
			}

			@Override
			public boolean isCancelled() {
				return cancelled;
			}

			@Override
			public void done() {
			}
		};
	}

	@Test
	void aFailingSolverReportsItsElementAndTheOthersStillRun() {
		SolverRegistry registry = SolverRegistry.of(List.of(new Fake("b.ok", () -> {
		}), new Fake("a.fails", () -> {
			throw new SolverException("shield", "did not converge after 200 iterations");
		})));
		List<SolverResult> results = new SolverRunner(registry).run(MODEL, List.of(), SolverMonitor.NULL);
		assertEquals(List.of("a.fails", "b.ok"), results.stream().map(SolverResult::solverId).toList());
		assertEquals(SolverStatus.FAILED, results.get(0).status());
		assertEquals("shield", results.get(0).messages().get(0).element());
		assertEquals(SolverStatus.OK, results.get(1).status());
		assertEquals(42, results.get(1).value("", "answer"));
	}

	@Test
	void progressIsReportedAndCancellationStops() {
		AtomicInteger worked = new AtomicInteger();
		SolverRegistry registry = SolverRegistry.of(List.of(new Fake("x", () -> {
		})));
		new SolverRunner(registry).run(MODEL, List.of("x"), counting(worked, false));
		assertEquals(10, worked.get());
		List<SolverResult> cancelled = new SolverRunner(registry).run(MODEL, List.of("x"), counting(new AtomicInteger(), true));
		assertEquals(SolverStatus.CANCELLED, cancelled.get(0).status());
	}

	@Test
	void unknownIdsAreNamedWithTheAvailableOnes() {
		SolverRegistry registry = SolverRegistry.of(List.of(new Fake("vacuum.steady", () -> {
		})));
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new SolverRunner(registry).run(MODEL, List.of("nope"), SolverMonitor.NULL));
		assertTrue(e.getMessage().contains("nope") && e.getMessage().contains("vacuum.steady"), e.getMessage());
	}
}
