package org.cryostudio.bench.suite;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Whole-command wall time of the command line as users and CI scripts meet it: a new JVM per
 * call, start-up included, through the project's ./cryo launcher (with the JDK 25 AOT cache when
 * it exists) and without the cache for comparison.
 */
final class CliStartBench {

	private final Path root;

	CliStartBench(Path root) {
		this.root = root;
	}

	List<Measurement> run(int repetitions) throws IOException, InterruptedException {
		List<Measurement> rows = new ArrayList<>();
		String small = "dsl-examples/quickstart/chamber.cryo";
		rows.add(time("`cryo check` on the quick-start spec (goal < 1.5 s)", repetitions, false, "check", small));
		rows.add(time("same, without the AOT cache", repetitions, true, "check", small));
		rows.add(time("`cryo props rho --gas N2 --T 77K --p 1bar`", repetitions, false, "props", "rho", "--gas", "N2", "--T", "77K", "--p", "1bar"));
		return rows;
	}

	private Measurement time(String what, int repetitions, boolean noAot, String... args)
			throws IOException, InterruptedException {
		double[] ms = new double[repetitions];
		for (int r = 0; r < repetitions; r++) {
			List<String> command = new ArrayList<>();
			command.add(root.resolve("cryo").toString());
			command.addAll(List.of(args));
			ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile())
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
			pb.environment().put("CRYO_NO_BUILD", "1");
			if (noAot) {
				pb.environment().put("CRYO_NO_AOT", "1");
			}
			long t0 = System.nanoTime();
			Process p = pb.start();
			if (!p.waitFor(60, TimeUnit.SECONDS)) {
				p.destroyForcibly();
				throw new IllegalStateException("cryo " + String.join(" ", args) + " did not finish in 60 s");
			}
			ms[r] = (System.nanoTime() - t0) / 1e6;
			if (p.exitValue() != 0) {
				throw new IllegalStateException("cryo " + String.join(" ", args) + " exited with " + p.exitValue());
			}
		}
		return new Measurement("Command line (new JVM per call)", what, Stats.millis(Stats.median(ms)),
				Stats.runs(repetitions) + ", fastest " + Stats.millis(Stats.min(ms)));
	}
}
