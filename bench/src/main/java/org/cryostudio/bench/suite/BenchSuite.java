package org.cryostudio.bench.suite;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark suite behind tools/bench.sh: language (parse, link, validate at 100 / 1,000 /
 * 10,000 elements and the revalidation after a one-character edit), whole solves at growing sizes,
 * report generation, property-call throughput and command-line start-up; it rewrites the generated part of BENCHMARKS.md with the machine, the
 * date and the tables.
 *
 * <pre>
 *   BenchSuite --root DIR [--smoke] [--out FILE]
 * </pre>
 *
 * --smoke runs every benchmark once at small sizes, for CI: it proves the suite works and writes
 * its table to target/, asserting nothing about time.
 */
public final class BenchSuite {

	private BenchSuite() {
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(".");
		boolean smoke = false;
		Path out = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--root" -> root = Path.of(args[++i]);
				case "--smoke" -> smoke = true;
				case "--out" -> out = Path.of(args[++i]);
				default -> {
					System.err.println("bench: unknown option " + args[i]);
					System.exit(2);
				}
			}
		}
		root = root.toAbsolutePath().normalize();
		if (out == null) {
			out = smoke ? root.resolve("target/bench-smoke.md") : root.resolve("BENCHMARKS.md");
		}
		Path work = Files.createDirectories(root.resolve("target/bench-work"));
		List<Measurement> rows = new ArrayList<>();

		progress("language: parse, link, validate");
		rows.addAll(new DslBench(work).run(smoke ? new int[] { 10, 100 } : new int[] { 100, 1_000, 10_000 }, smoke ? 1 : 5));
		progress("solvers at growing sizes");
		CommandBench commands = new CommandBench(root, work);
		rows.addAll(commands.solveAtSizes(smoke ? new int[] { 10 } : new int[] { 25, 100, 500 }, smoke ? 1 : 3));
		progress("report generation");
		rows.addAll(commands.report("dsl-examples/torus-exhaust/torus-exhaust.cryo", smoke ? 1 : 3));
		progress("property calls");
		rows.addAll(new PropertyBench().run(smoke ? 0.1 : 2.0));
		progress("command line start-up");
		rows.addAll(new CliStartBench(root).run(smoke ? 1 : 7));

		String command = smoke ? "tools/bench.sh --smoke" : "tools/bench.sh";
		String table = BenchmarksFile.table(Machine.describe(), LocalDate.now().toString(), command, rows);
		if (Files.exists(out) || !smoke) {
			BenchmarksFile.rewrite(out, table);
		} else {
			Files.createDirectories(out.toAbsolutePath().getParent());
			Files.writeString(out, table + "\n");
		}
		System.out.println(table);
		System.out.println("bench: " + rows.size() + " figures written to " + root.relativize(out.toAbsolutePath()));
	}

	private static void progress(String what) {
		System.err.println("bench: " + what + " ...");
	}
}
