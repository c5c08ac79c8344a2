package org.cryostudio.bench.suite;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cryostudio.cli.SpecChecker;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/**
 * CPU time (not wall time) of parse + link + validate of the generated specs, and of the
 * revalidation after a one-character edit, best of five: on a shared machine the thread's CPU time
 * is what the work costs, where wall time measures the neighbours. Run it against two builds (with
 * and without a rule family) to see what the rules cost.
 *
 * <pre>java -cp bench/target/suite:releng/org.cryostudio.cli.dist/target/cryo/lib/* \
 *     org.cryostudio.bench.suite.ValidationCpuBench 1000 10000</pre>
 */
public final class ValidationCpuBench {

	private ValidationCpuBench() {
	}

	public static void main(String[] args) throws Exception {
		ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
		for (String arg : args) {
			int size = Integer.parseInt(arg);
			String text = SpecGenerator.spec(size);
			Path file = Files.createTempFile("generated-" + size, ".cryo");
			Files.writeString(file, text);
			double open = Double.MAX_VALUE;
			double validate = Double.MAX_VALUE;
			double edit = Double.MAX_VALUE;
			for (int r = 0; r < 5; r++) {
				long c0 = cpu.getCurrentThreadCpuTime();
				XtextResourceSet set = SpecChecker.injector().getInstance(XtextResourceSet.class);
				XtextResource resource = (XtextResource) set.getResource(URI.createFileURI(file.toString()), true);
				EcoreUtil.resolveAll(resource);
				long c1 = cpu.getCurrentThreadCpuTime();
				List<Issue> issues = validate(resource);
				long c2 = cpu.getCurrentThreadCpuTime();
				if (!issues.isEmpty()) {
					throw new IllegalStateException("the generated spec has findings: " + issues.get(0));
				}
				int offset = SpecGenerator.volumeDigitOffset(text, SpecGenerator.elementCount(size) / SpecGenerator.CELL / 2);
				resource.update(offset, 1, text.charAt(offset) == '3' ? "4" : "3");
				validate(resource);
				long c3 = cpu.getCurrentThreadCpuTime();
				open = Math.min(open, (c2 - c0) / 1e6);
				validate = Math.min(validate, (c2 - c1) / 1e6);
				edit = Math.min(edit, (c3 - c2) / 1e6);
			}
			Files.delete(file);
			System.out.printf("%,d elements: open and check %.0f ms CPU (of which validation %.0f ms); one-character edit"
					+ " and revalidation %.0f ms CPU (best of 5)%n", SpecGenerator.elementCount(size), open, validate, edit);
		}
	}

	private static List<Issue> validate(XtextResource resource) {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}
}
