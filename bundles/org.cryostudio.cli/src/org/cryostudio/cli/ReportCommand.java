package org.cryostudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.cryostudio.analysis.result.Verdict;
import org.cryostudio.report.design.CalculationReport;
import org.cryostudio.report.design.DesignSolution;
import org.cryostudio.report.design.Git;
import org.cryostudio.report.io.ReportFiles;
import org.cryostudio.report.io.ReportFormat;
import org.cryostudio.report.model.Report;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cryo report FILE [--out DIR] [--format html,pdf]}: the calculation report of a spec,
 * written atomically as {@code DIR/NAME.html} and {@code DIR/NAME.pdf} (DIR defaults to the
 * spec's directory, so reports are archived beside the design). The report is written even when
 * the design has errors (it lists them); the exit code is then 1.
 */
@Command(name = "report", description = {
		"Write the calculation report of a spec: HTML (one self-contained file) and PDF.",
		"Set SOURCE_DATE_EPOCH to fix the report date (reproducible reports)." })
final class ReportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(paramLabel = "FILE", description = "The .cryo spec.")
	String file;

	@Option(names = "--out", paramLabel = "DIR", description = "Directory of the reports (default: the spec's directory).")
	Path out;

	@Option(names = "--format", paramLabel = "FORMATS", split = ",", defaultValue = "html,pdf",
			description = "Formats, comma-separated: html, pdf (default: ${DEFAULT-VALUE}).")
	List<String> formats;

	@Option(names = "--strict", description = "Exit 1 also when a requirement fails.")
	boolean strict;

	@Option(names = "--json", description = "Print one JSON document naming the files written.")
	boolean json;

	@Override
	public Integer call() {
		Set<ReportFormat> chosen = formats(formats);
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter stderr = spec.commandLine().getErr();
		ZonedDateTime date = ReportDate.now();
		DesignLoader.Loaded design = new DesignLoader(new Git()).load(file);
		DesignSolution solution = design.solve(stderr, System.console() != null && !json);
		Report report = CalculationReport.build(design.input(date, solution));
		Path dir = out != null ? out : design.path().getParent();
		String base = design.path().getFileName().toString().replaceFirst("\\.cryo$", "");
		List<ReportFiles.Written> written;
		try {
			written = ReportFiles.write(report, dir, base, chosen);
		} catch (IOException e) {
			throw new UserError(dir + ": cannot write the report (" + e.getMessage() + ")");
		}
		if (json) {
			JsonObject root = new JsonObject();
			root.addProperty("file", file);
			JsonArray files = new JsonArray();
			for (ReportFiles.Written w : written) {
				JsonObject o = new JsonObject();
				o.addProperty("format", w.format().extension());
				o.addProperty("path", w.path().toString());
				o.addProperty("bytes", w.bytes());
				files.add(o);
			}
			root.add("reports", files);
			root.addProperty("errors", design.errors());
			com.google.gson.JsonObject verdicts = new com.google.gson.JsonObject();
			solution.verdictWords().forEach(verdicts::addProperty);
			root.add("requirements", verdicts);
			stdout.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
		} else {
			written.forEach(w -> stdout.println(w.path()));
		}
		if (design.errors() > 0) {
			stderr.println("cryo: " + file + " has " + design.errors() + " error(s); the report lists them");
		}
		stdout.flush();
		stderr.flush();
		boolean failed = solution.verdicts().stream().anyMatch(v -> v.status() == Verdict.FAIL);
		if (failed) {
			stderr.println("cryo: " + file + ": a requirement fails; see the report's summary");
		}
		return design.errors() > 0 || strict && failed ? CryoCli.DESIGN_ERRORS : CryoCli.OK;
	}

	static Set<ReportFormat> formats(List<String> names) {
		Set<ReportFormat> chosen = EnumSet.noneOf(ReportFormat.class);
		for (String n : names) {
			chosen.add(ReportFormat.of(n).orElseThrow(() -> new UserError("unknown report format '" + n + "'; use html, pdf or html,pdf")));
		}
		if (chosen.isEmpty()) {
			throw new UserError("no report format given; use html, pdf or html,pdf");
		}
		return chosen;
	}
}
