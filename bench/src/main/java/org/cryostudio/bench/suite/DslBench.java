package org.cryostudio.bench.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cryostudio.cli.SpecChecker;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * Parse + link + validate of generated specs at growing sizes, in one warm JVM (the language
 * server's and the desktop editor's situation), and the revalidation after a one-character edit:
 * the edit goes through {@link XtextResource#update} as an editor's keystroke does (partial parse
 * where the grammar allows it), then the whole resource is validated again.
 */
final class DslBench {

	private final Path work;

	DslBench(Path work) {
		this.work = work;
	}

	List<Measurement> run(int[] sizes, int repetitions) throws IOException {
		List<Measurement> rows = new ArrayList<>();
		for (int size : sizes) {
			String text = SpecGenerator.spec(size);
			int elements = SpecGenerator.elementCount(size);
			Path file = work.resolve("generated-" + elements + ".cryo");
			Files.writeString(file, text);
			long lines = text.lines().count();
			double[] full = new double[repetitions];
			double[] edit = new double[repetitions];
			for (int r = 0; r < repetitions; r++) {
				long t0 = System.nanoTime();
				XtextResource resource = load(file);
				List<Issue> issues = validate(resource);
				full[r] = (System.nanoTime() - t0) / 1e6;
				requireClean(file, issues);
				int offset = SpecGenerator.volumeDigitOffset(text, (elements / SpecGenerator.CELL) / 2);
				char replacement = text.charAt(offset) == '3' ? '4' : '3';
				long t1 = System.nanoTime();
				resource.update(offset, 1, String.valueOf(replacement));
				List<Issue> after = validate(resource);
				edit[r] = (System.nanoTime() - t1) / 1e6;
				requireClean(file, after);
			}
			String size_ = String.format("%,d elements (%,d lines)", elements, lines);
			rows.add(new Measurement("Language: parse, link, validate", "open and check a spec of " + size_,
					Stats.millis(Stats.median(full)), Stats.runs(repetitions) + "; first run " + Stats.millis(full[0])));
			rows.add(new Measurement("Language: parse, link, validate",
					"one-character edit, then revalidate, " + size_, Stats.millis(Stats.median(edit)), Stats.runs(repetitions)));
		}
		return rows;
	}

	private static XtextResource load(Path file) {
		XtextResourceSet set = SpecChecker.injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
		EcoreUtil.resolveAll(resource);
		return resource;
	}

	private static List<Issue> validate(XtextResource resource) {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	/** numbers for a spec with errors would measure error recovery, not the normal path */
	private static void requireClean(Path file, List<Issue> issues) {
		for (Issue issue : issues) {
			if (issue.getSeverity() == Severity.ERROR) {
				throw new IllegalStateException("generated spec " + file.getFileName() + " has an error at line "
						+ issue.getLineNumber() + ": " + issue.getMessage() + " [" + issue.getCode() + "]");
			}
		}
	}
}
