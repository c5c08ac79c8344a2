package org.cryostudio.bench.fuzz;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cryostudio.cli.CryoCli;

/**
 * Mutation fuzzer over the {@code cryo} command line's entry points (check, and solve/report
 * once they exist), seeded with every spec under dsl-examples/. For each mutated input it runs
 * the command in-process and checks the product's guarantees:
 * <ul>
 * <li>no uncaught exception ("internal error" on stderr) and exit code 0 or 1 (2 is for usage/IO);</li>
 * <li>no hang: each input is bounded by a time limit;</li>
 * <li>every rejection is a located diagnostic (line and column at least 1, non-empty message);</li>
 * <li>no NaN or infinity in any JSON output.</li>
 * </ul>
 * Each failing input is written to the findings directory, to become a regression test.
 *
 * <pre>
 *   SpecFuzzer --examples DIR --inputs N [--seconds S] [--seed K] [--findings DIR] [--commands check,solve]
 * </pre>
 * Exit 0 without findings, 1 with findings.
 */
public final class SpecFuzzer {

	private static final Pattern LINE = Pattern.compile("\"line\"\\s*:\\s*(-?\\d+)");
	private static final Pattern COLUMN = Pattern.compile("\"column\"\\s*:\\s*(-?\\d+)");
	/** a non-finite number the product printed; a quoted 'NaN' is the user's own text echoed back */
	private static final Pattern NON_FINITE = Pattern.compile("(?<!')\\b(NaN|-?Infinity)\\b(?!')");

	private final List<String> commands;
	private final Path workDir;
	private final long timeLimitMillis;

	SpecFuzzer(List<String> commands, Path workDir, long timeLimitMillis) {
		this.commands = commands;
		this.workDir = workDir;
		this.timeLimitMillis = timeLimitMillis;
	}

	public static void main(String[] args) throws Exception {
		Path examples = Path.of("dsl-examples");
		Path findings = Path.of("target/fuzz-findings");
		int inputs = 2000;
		long seconds = 0;
		long seed = 20261121L;
		List<String> commands = List.of("check");
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--examples" -> examples = Path.of(args[++i]);
				case "--inputs" -> inputs = Integer.parseInt(args[++i]);
				case "--seconds" -> seconds = Long.parseLong(args[++i]);
				case "--seed" -> seed = Long.parseLong(args[++i]);
				case "--findings" -> findings = Path.of(args[++i]);
				case "--commands" -> commands = List.of(args[++i].split(","));
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		List<String> seeds = readSeeds(examples);
		if (seeds.isEmpty()) {
			System.err.println("fuzz: no .cryo seeds under " + examples);
			System.exit(2);
		}
		Files.createDirectories(findings);
		Path work = Files.createTempDirectory("cryo-fuzz");
		SpecFuzzer fuzzer = new SpecFuzzer(commands, work, 20_000);
		Mutator mutator = new Mutator(seeds, tokens(seeds));
		SplittableRandom random = new SplittableRandom(seed);
		long deadline = seconds > 0 ? System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds) : Long.MAX_VALUE;
		int run = 0;
		int found = 0;
		long start = System.nanoTime();
		for (; run < inputs && System.nanoTime() < deadline; run++) {
			String input = mutator.mutate(random);
			String problem = fuzzer.runOne(input);
			if (problem != null) {
				found++;
				Path file = findings.resolve(String.format(Locale.ROOT, "finding-%05d.cryo", run));
				Files.writeString(file, input, StandardCharsets.UTF_8);
				Files.writeString(findings.resolve(file.getFileName() + ".txt"), problem, StandardCharsets.UTF_8);
				System.err.println("fuzz: FINDING " + file + ": " + problem.lines().findFirst().orElse(""));
			}
			if (run > 0 && run % 1000 == 0) {
				System.err.printf(Locale.ROOT, "fuzz: %d inputs, %d findings, %.0f inputs/s%n", run, found,
						run / ((System.nanoTime() - start) / 1e9));
			}
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "fuzz: %d inputs from %d seeds in %.1f s (%.0f inputs/s), commands %s: %d findings%n",
				run, seeds.size(), elapsed, run / elapsed, commands, found);
		System.exit(found == 0 ? 0 : 1);
	}

	/** Runs every command on one input; returns a description of the broken guarantee, or null. */
	String runOne(String input) throws IOException {
		Path file = workDir.resolve("input.cryo");
		Files.writeString(file, input, StandardCharsets.UTF_8);
		for (String command : commands) {
			String[] args = switch (command) {
				case "check" -> new String[] { "check", "--format", "json", file.toString() };
				case "solve" -> new String[] { "solve", "--json", file.toString() };
				case "report" -> new String[] { "report", file.toString(), "--out", workDir.resolve("report").toString() };
				default -> throw new IllegalArgumentException("unknown command " + command);
			};
			String problem = runBounded(args);
			if (problem != null) {
				return command + ": " + problem;
			}
		}
		return null;
	}

	private String runBounded(String[] args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "fuzz-input");
			t.setDaemon(true);
			return t;
		});
		try {
			Future<Integer> future = executor.submit(() -> CryoCli.run(new PrintWriter(out), new PrintWriter(err), args));
			int code;
			try {
				code = future.get(timeLimitMillis, TimeUnit.MILLISECONDS);
			} catch (TimeoutException e) {
				future.cancel(true);
				return "no answer within " + timeLimitMillis + " ms (hang)";
			} catch (Exception e) {
				return "uncaught " + e.getCause();
			}
			String stderr = err.toString();
			if (stderr.contains("internal error")) {
				return "internal error: " + stderr.strip();
			}
			if (code != 0 && code != 1) {
				return "exit code " + code + ": " + stderr.strip();
			}
			String stdout = out.toString();
			Matcher nonFinite = NON_FINITE.matcher(stdout);
			if (nonFinite.find()) {
				return "non-finite number in output near: "
						+ stdout.substring(Math.max(0, nonFinite.start() - 80), Math.min(stdout.length(), nonFinite.end() + 20));
			}
			if ("check".equals(args[0])) {
				return locatedDiagnostics(stdout, code);
			}
			return null;
		} finally {
			executor.shutdownNow();
		}
	}

	private static String locatedDiagnostics(String json, int code) {
		Matcher lines = LINE.matcher(json);
		Matcher columns = COLUMN.matcher(json);
		int count = 0;
		while (lines.find()) {
			count++;
			if (Integer.parseInt(lines.group(1)) < 1) {
				return "diagnostic without a line: " + json;
			}
		}
		while (columns.find()) {
			if (Integer.parseInt(columns.group(1)) < 1) {
				return "diagnostic without a column: " + json;
			}
		}
		if (code == 1 && count == 0) {
			return "rejected without a located diagnostic";
		}
		if (json.contains("\"message\": \"\"")) {
			return "diagnostic with an empty message: " + json;
		}
		return null;
	}

	static List<String> readSeeds(Path examples) throws IOException {
		List<String> seeds = new ArrayList<>();
		try (Stream<Path> files = Files.walk(examples)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".cryo")).sorted().toList()) {
				seeds.add(Files.readString(f, StandardCharsets.UTF_8));
			}
		}
		return seeds;
	}

	/** Words and numbers of the corpus, the fuzzer's vocabulary for replacements. */
	static List<String> tokens(List<String> seeds) {
		TreeSet<String> words = new TreeSet<>();
		Matcher m = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|\\d+(\\.\\d+)?([eE][-+]?\\d+)?").matcher("");
		for (String s : seeds) {
			m.reset(s);
			while (m.find()) {
				words.add(m.group());
			}
		}
		return new ArrayList<>(words);
	}
}
