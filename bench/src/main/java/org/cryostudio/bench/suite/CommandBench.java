package org.cryostudio.bench.suite;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cryostudio.cli.CryoCli;

/**
 * Whole commands run in one warm JVM (the desktop's and the language server's situation): `cryo
 * solve` on generated specs of growing size, so the table shows how the solvers' time grows with
 * the network, and `cryo report` on the largest bundled example when the build has it. Each
 * figure is the median of a few runs after one warm-up run.
 */
final class CommandBench {

	private final Path root;
	private final Path work;

	CommandBench(Path root, Path work) {
		this.root = root;
		this.work = work;
	}

	List<Measurement> solveAtSizes(int[] sizes, int repetitions) throws IOException {
		List<Measurement> rows = new ArrayList<>();
		for (int size : sizes) {
			int elements = SpecGenerator.elementCount(size);
			Path file = work.resolve("solve-" + elements + ".cryo");
			Files.writeString(file, SpecGenerator.spec(size));
			double ms = median(repetitions, "solve", "--json", file.toString());
			rows.add(new Measurement("Solvers (whole `cryo solve`, warm JVM)",
					String.format("all solvers on a generated spec of %,d elements (%,d chambers, each with outgassing,"
							+ " cryopump and tubes)", elements, Math.max(1, elements / SpecGenerator.CELL)),
					Stats.millis(ms), Stats.runs(repetitions) + " after a warm-up run"));
		}
		return rows;
	}

	/** @return the report figure, or none when this build has no report command */
	List<Measurement> report(String example, int repetitions) throws IOException {
		if (!hasCommand("report")) {
			return List.of();
		}
		Path out = work.resolve("report");
		double ms = median(repetitions, "report", root.resolve(example).toString(), "--out", out.toString());
		return List.of(new Measurement("Reports (whole `cryo report`, warm JVM)", "HTML + PDF report of " + example,
				Stats.millis(ms), Stats.runs(repetitions) + " after a warm-up run; parse, solve, render, write"));
	}

	private static boolean hasCommand(String name) {
		StringWriter out = new StringWriter();
		CryoCli.run(new PrintWriter(out), new PrintWriter(Writer.nullWriter()), new String[] { "help" });
		return out.toString().contains(name);
	}

	private static double median(int repetitions, String... args) {
		run(args); // warm-up: class loading, JIT
		double[] ms = new double[repetitions];
		for (int r = 0; r < repetitions; r++) {
			long t0 = System.nanoTime();
			run(args);
			ms[r] = (System.nanoTime() - t0) / 1e6;
		}
		return Stats.median(ms);
	}

	private static void run(String... args) {
		StringWriter err = new StringWriter();
		int code = CryoCli.run(new PrintWriter(Writer.nullWriter()), new PrintWriter(err), args);
		if (code != 0) {
			throw new IllegalStateException("cryo " + String.join(" ", args) + " exited with " + code + ": " + err);
		}
	}
}
