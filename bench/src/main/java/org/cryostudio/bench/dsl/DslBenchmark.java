package org.cryostudio.bench.dsl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.cryostudio.dsl.CryoStandaloneSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * Parse + link + validate time of generated specs of 100, 1,000 and 10,000 elements, and the time
 * to bring a 1,000-line spec up to date after a one-character edit (XtextResource.update, then
 * linking and validation, as the editor does). Plain System.nanoTime after warm-up; prints medians
 * and minimums as a Markdown table. Also writes the generated specs to the given directory, for
 * timing {@code cryo check} on them. Run by tools/bench-dsl.sh.
 */
public final class DslBenchmark {

	private final Injector injector = new CryoStandaloneSetup().createInjectorAndDoEMFRegistration();
	private final Path directory;

	private DslBenchmark(Path directory) {
		this.directory = directory;
	}

	public static void main(String[] args) throws IOException {
		Path directory = Path.of(args.length > 0 ? args[0] : "bench/target/dsl");
		Files.createDirectories(directory);
		new DslBenchmark(directory).run();
	}

	private void run() throws IOException {
		System.out.println("| spec | lines | parse | link | validate | parse + link + validate |");
		System.out.println("|---|---|---|---|---|---|");
		for (int elements : new int[] { 100, 1_000, 10_000 }) {
			String spec = SpecGenerator.withElements(elements);
			Files.writeString(directory.resolve("elements-" + elements + ".cryo"), spec);
			fullCheck(elements + " elements", spec, elements >= 10_000 ? 3 : 10, elements >= 10_000 ? 5 : 15);
		}
		String thousandLines = SpecGenerator.withLines(1_000);
		Files.writeString(directory.resolve("lines-1000.cryo"), thousandLines);
		System.out.println();
		incrementalUpdate(thousandLines);
	}

	private XtextResource load(XtextResourceSet set, String name, String text) throws IOException {
		XtextResource resource = (XtextResource) set.createResource(URI.createFileURI(directory.resolve(name).toAbsolutePath().toString()));
		resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		return resource;
	}

	private List<Issue> validate(XtextResource resource) {
		IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	private void fullCheck(String label, String spec, int warmups, int runs) throws IOException {
		long[] parse = new long[runs];
		long[] link = new long[runs];
		long[] validate = new long[runs];
		long[] total = new long[runs];
		for (int r = -warmups; r < runs; r++) {
			XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
			long t0 = System.nanoTime();
			XtextResource resource = load(set, "bench.cryo", spec);
			long t1 = System.nanoTime();
			EcoreUtil.resolveAll(resource);
			long t2 = System.nanoTime();
			List<Issue> issues = validate(resource);
			long t3 = System.nanoTime();
			if (!issues.isEmpty()) {
				throw new IllegalStateException("the generated spec must be clean: " + issues.subList(0, Math.min(3, issues.size())));
			}
			if (r >= 0) {
				parse[r] = t1 - t0;
				link[r] = t2 - t1;
				validate[r] = t3 - t2;
				total[r] = t3 - t0;
			}
		}
		System.out.printf(Locale.ROOT, "| %s | %,d | %s | %s | %s | %s |%n", label, spec.lines().count(), ms(parse), ms(link),
				ms(validate), ms(total));
	}

	/** One-character edits alternating between two values of one property in the middle of the file. */
	private void incrementalUpdate(String spec) throws IOException {
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = load(set, "lines-1000.cryo", spec);
		EcoreUtil.resolveAll(resource);
		validate(resource);
		int offset = spec.indexOf("decay 1", spec.length() / 2) + "decay ".length();
		int runs = 200;
		long[] update = new long[runs];
		long[] revalidate = new long[runs];
		for (int r = -100; r < runs; r++) {
			String digit = (r & 1) == 0 ? "2" : "1";
			long t0 = System.nanoTime();
			resource.update(offset, 1, digit);
			long t1 = System.nanoTime();
			EcoreUtil.resolveAll(resource);
			List<Issue> issues = validate(resource);
			long t2 = System.nanoTime();
			if (!issues.isEmpty()) {
				throw new IllegalStateException("the edited spec must stay clean: " + issues.get(0));
			}
			if (r >= 0) {
				update[r] = t1 - t0;
				revalidate[r] = t2 - t0;
			}
		}
		System.out.println("| one-character edit in a " + spec.lines().count() + "-line spec | median | min |");
		System.out.println("|---|---|---|");
		System.out.printf(Locale.ROOT, "| XtextResource.update (partial reparse) | %s |%n", ms(update).replace(" (min ", " | ").replace(")", ""));
		System.out.printf(Locale.ROOT, "| update + link + validate | %s |%n", ms(revalidate).replace(" (min ", " | ").replace(")", ""));
	}

	/** @return "median ms (min ms)" */
	private static String ms(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return String.format(Locale.ROOT, "%s ms (min %s)", format(sorted[sorted.length / 2]), format(sorted[0]));
	}

	private static String format(long nanos) {
		double ms = nanos / 1e6;
		return ms < 10 ? String.format(Locale.ROOT, "%.2f", ms) : String.format(Locale.ROOT, "%.0f", ms);
	}
}
