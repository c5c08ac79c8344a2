import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.cryostudio.dsl.CryoStandaloneSetup;
import org.cryostudio.report.design.CalculationReport;
import org.cryostudio.report.design.DesignIdentity;
import org.cryostudio.analysis.solver.SolverMonitor;
import org.cryostudio.analysis.solver.SolverRegistry;
import org.cryostudio.report.design.DesignInput;
import org.cryostudio.report.design.DesignSolution;
import org.cryostudio.report.design.GitState;
import org.cryostudio.report.html.HtmlExporter;
import org.cryostudio.report.model.Finding;
import org.cryostudio.report.model.Report;
import org.cryostudio.report.pdf.PdfExporter;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;

import com.google.inject.Injector;

/**
 * Times the report pipeline in one warm JVM, step by step: parse + validate, run every applicable
 * solver, build the report model, export HTML, export PDF. Usage: ReportBench SPEC [ITERATIONS]. Prints the median of each
 * step in milliseconds (after as many warm-up rounds as measured ones).
 */
public final class ReportBench {

	public static void main(String[] args) throws Exception {
		Path spec = Path.of(args[0]);
		int n = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		byte[] content = Files.readAllBytes(spec);
		Injector injector = new CryoStandaloneSetup().createInjectorAndDoEMFRegistration();
		ZonedDateTime date = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
		long[][] t = new long[5][n];
		SolverRegistry registry = SolverRegistry.discover();
		int bytes = 0;
		for (int round = 0; round < 2 * n; round++) {
			long t0 = System.nanoTime();
			XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
			Resource r = set.createResource(URI.createFileURI(spec.toAbsolutePath().toString()));
			r.load(new ByteArrayInputStream(content), Map.of());
			List<Finding> findings = new ArrayList<>();
			((XtextResource) r).getResourceServiceProvider().getResourceValidator().validate(r, CheckMode.ALL, CancelIndicator.NullImpl)
					.forEach(i -> findings.add(new Finding(Finding.Severity.INFO, String.valueOf(i.getCode()), "", i.getMessage())));
			long t1 = System.nanoTime();
			DesignSolution solution = DesignSolution.solve(r, registry, SolverMonitor.NULL);
			long ts = System.nanoTime();
			Report report = CalculationReport.build(new DesignInput(new DesignIdentity(spec.toString(), DesignIdentity.sha256(content),
					GitState.NOT_VERSIONED, "bench", date), r, findings, solution));
			long t2 = System.nanoTime();
			String html = HtmlExporter.toHtml(report);
			long t3 = System.nanoTime();
			byte[] pdf = PdfExporter.toPdf(report);
			long t4 = System.nanoTime();
			bytes = html.getBytes(StandardCharsets.UTF_8).length + pdf.length;
			if (round >= n) {
				int i = round - n;
				t[0][i] = t1 - t0;
				t[1][i] = ts - t1;
				t[2][i] = t2 - ts;
				t[3][i] = t3 - t2;
				t[4][i] = t4 - t3;
			}
		}
		String[] names = { "parse + validate", "solvers", "report model", "HTML export", "PDF export" };
		long total = 0;
		for (int s = 0; s < 5; s++) {
			long median = median(t[s]);
			total += median;
			System.out.printf("%-18s %8.1f ms%n", names[s], median / 1e6);
		}
		System.out.printf("%-18s %8.1f ms  (%d bytes of HTML + PDF, median of %d after %d warm-up rounds)%n", "total", total / 1e6,
				bytes, n, n);
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
