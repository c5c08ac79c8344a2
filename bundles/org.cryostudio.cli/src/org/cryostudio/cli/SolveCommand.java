package org.cryostudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.cryostudio.analysis.build.SpecModelBuilder;
import org.cryostudio.analysis.build.SpecModelException;
import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.result.RequirementVerdict;
import org.cryostudio.analysis.result.ResultJson;
import org.cryostudio.analysis.result.Scalar;
import org.cryostudio.analysis.result.SolveReport;
import org.cryostudio.analysis.result.SolverMessage;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.analysis.solver.Solver;
import org.cryostudio.analysis.solver.SolverRegistry;
import org.cryostudio.analysis.solver.SolverRunner;
import org.cryostudio.dsl.cryo.Model;
import org.cryostudio.physics.units.Quantity;
import org.eclipse.emf.ecore.resource.Resource;

import com.google.gson.GsonBuilder;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cryo solve}: runs the solver plugins on a spec (CLI.md). {@code --list} names the installed
 * solvers; {@code --solver ID} (repeatable) picks some, otherwise every applicable one runs;
 * {@code --json} prints one JSON document (file, solvers, diagnostics); {@code --out DIR} writes
 * every chart as PNG and SVG; {@code --strict} exits 1 when a requirement fails. A spec with errors
 * is not solved (exit 1, diagnostics as for {@code cryo check}). Progress goes to stderr.
 */
@Command(name = "solve", description = "Run solvers on a spec: base pressure, pump-down, heat loads, cooldown, "
		+ "cryopump capacity, liquefaction. Results as text or JSON, charts as PNG and SVG.")
final class SolveCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--list", description = "List the available solvers (id: description) and exit.")
	boolean list;

	@Option(names = "--solver", paramLabel = "ID", description = "Run this solver (repeatable); default: every applicable one.")
	List<String> solverIds = new ArrayList<>();

	@Option(names = "--out", paramLabel = "DIR", description = "Write every chart as PNG and SVG into DIR.")
	Path out;

	@Option(names = "--json", description = "Print one JSON document on stdout.")
	boolean json;

	@Option(names = "--strict", description = "Exit 1 when a requirement fails.")
	boolean strict;

	@Parameters(paramLabel = "FILE", arity = "0..1", description = "The .cryo file to solve.")
	String file;

	@Override
	public Integer call() {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter stderr = spec.commandLine().getErr();
		SolverRegistry registry = SolverRegistry.discover();
		if (list) {
			for (Solver s : registry.all()) {
				stdout.println(s.id() + ": " + s.description());
			}
			stdout.flush();
			return CryoCli.OK;
		}
		if (file == null) {
			throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'FILE'");
		}
		for (String id : solverIds) {
			if (registry.find(id).isEmpty()) {
				throw new UserError("unknown solver '" + id + "'; available: " + String.join(", ", registry.ids()));
			}
		}
		SpecChecker checker = new SpecChecker();
		List<Diagnostic> diagnostics = new ArrayList<>(checker.check(List.of(file)));
		List<SolverResult> results = new ArrayList<>();
		if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
			Resource resource = checker.load(file);
			List<SystemModel> systems = List.of();
			try {
				systems = resource.getContents().isEmpty() ? List.of()
						: SpecModelBuilder.build((Model) resource.getContents().get(0));
			} catch (SpecModelException e) {
				int line = Math.max(1, e.line());
				diagnostics.add(new Diagnostic(file, line, 1, line, 2, "error", "solve-model", e.getMessage()));
			}
			if (systems.isEmpty() && diagnostics.stream().noneMatch(Diagnostic::isError)) {
				stderr.println("cryo: " + file + ": no system to solve");
			}
			if (!systems.isEmpty()) {
				System.setProperty("java.awt.headless", "true");
				StderrProgress progress = new StderrProgress(stderr, System.console() != null && !json);
				SolverRunner runner = new SolverRunner(registry);
				for (SystemModel system : systems) {
					results.addAll(runner.run(system, solverIds, progress));
				}
			}
		}
		if (out != null) {
			writeCharts(results, stderr);
		}
		SolveReport report = new SolveReport(file, results);
		if (json) {
			printJson(report, diagnostics, stdout);
		} else {
			DiagnosticWriter.write(DiagnosticWriter.Format.text, diagnostics, stdout);
			printText(report, stdout);
		}
		stdout.flush();
		if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
			return CryoCli.DESIGN_ERRORS;
		}
		return strict && report.anyRequirementFailed() ? CryoCli.DESIGN_ERRORS : CryoCli.OK;
	}

	private void writeCharts(List<SolverResult> results, PrintWriter stderr) {
		try {
			int count = 0;
			for (SolverResult r : results) {
				count += org.cryostudio.charts.ChartWriter.writeAll(r, out).size();
			}
			stderr.println("cryo: " + count + " chart file(s) written to " + out);
		} catch (IOException e) {
			throw new UserError(out + ": cannot write charts (" + e.getMessage() + ")");
		}
	}

	private static void printJson(SolveReport report, List<Diagnostic> diagnostics, PrintWriter stdout) {
		StringBuilder b = new StringBuilder("{\n  \"file\": ").append(ResultJson.string(report.file())).append(",\n  \"solvers\": ");
		ResultJson.solvers(b, report.results(), "  ");
		String diag = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
				.toJson(DiagnosticWriter.json(diagnostics).get("diagnostics"));
		b.append(",\n  \"diagnostics\": ").append(diag.replace("\n", "\n  ")).append("\n}");
		stdout.println(b);
	}

	private static void printText(SolveReport report, PrintWriter o) {
		for (SolverResult r : report.results()) {
			o.println(r.solverId() + ": " + r.status().json());
			for (SolverMessage m : r.messages()) {
				if (m.severity() != SolverMessage.Severity.INFO) {
					o.println("  " + m.severity().json() + ": " + (m.element().isEmpty() ? "" : m.element() + ": ") + m.text());
				}
			}
			for (Scalar s : r.scalars()) {
				o.printf(Locale.ROOT, "  %-24s %-40s %s %s%n", s.element().isEmpty() ? "-" : s.element(), s.quantity(),
						Quantity.engineering(s.value(), 4), s.unit());
			}
			for (RequirementVerdict v : r.requirements()) {
				o.printf(Locale.ROOT, "  %-7s %s: %s (limit %s %s)%s%n", v.status().json().toUpperCase(Locale.ROOT), v.text(),
						v.value().isPresent() ? Quantity.engineering(v.value().getAsDouble(), 4) + " " + v.unit() : "unknown",
						Quantity.engineering(v.limit(), 4), v.unit(), v.reason().isEmpty() ? "" : "; " + v.reason());
			}
		}
	}
}
