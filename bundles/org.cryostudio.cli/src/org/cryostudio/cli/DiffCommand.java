package org.cryostudio.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

import org.cryostudio.report.design.DesignResults;
import org.cryostudio.report.design.DesignSolution;
import org.cryostudio.report.design.ResultValue;
import org.cryostudio.report.design.Git;
import org.cryostudio.report.design.InputValue;
import org.cryostudio.report.design.SpecInputs;
import org.cryostudio.report.diff.DesignDiff;
import org.cryostudio.report.diff.DiffSection;
import org.cryostudio.report.diff.DiffText;
import org.cryostudio.report.diff.InputChange;
import org.cryostudio.report.diff.ResultChange;
import org.cryostudio.report.html.HtmlExporter;
import org.cryostudio.report.io.AtomicFiles;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code cryo diff A B [--json] [--html FILE]}: what changed between two versions of a design,
 * each a file or {@code REV:path}. Inputs are compared as written and in SI; both versions are
 * solved and their results compared (absolute and relative change). Exit 0 whether or not they
 * differ, 1 when either version has errors, 2 for usage and I/O errors.
 */
@Command(name = "diff", description = {
		"Compare two versions of a design (files or REV:path): changed inputs and, by solving both, changed results.",
		"--html writes the comparison as an HTML page to attach to a merge request." })
final class DiffCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "A", description = "The first version: a .cryo file or REV:path.")
	String first;

	@Parameters(index = "1", paramLabel = "B", description = "The second version: a .cryo file or REV:path.")
	String second;

	@Option(names = "--json", description = "Print one JSON document (SI values with units).")
	boolean json;

	@Option(names = "--html", paramLabel = "FILE", description = "Also write the comparison as a self-contained HTML page.")
	Path html;

	@Override
	public Integer call() {
		DesignLoader loader = new DesignLoader(new Git());
		DesignLoader.Loaded a = loader.load(first);
		DesignLoader.Loaded b = loader.load(second);
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		boolean terminal = System.console() != null && !json;
		DesignSolution sa = a.solve(err, terminal);
		DesignSolution sb = b.solve(err, terminal);
		DesignDiff diff = DesignDiff.of(first, inputs(a), results(a, sa), sa.verdictWords(), second, inputs(b), results(b, sb),
				sb.verdictWords());
		if (json) {
			out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json(diff)));
		} else {
			out.print(DiffText.render(diff));
		}
		if (html != null) {
			ZonedDateTime date = ReportDate.now();
			String page = HtmlExporter.toHtml(DiffSection.report(diff, date, "CryoStudio " + VersionProvider.version()));
			try {
				AtomicFiles.write(html, page.getBytes(StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new UserError(html + ": cannot write (" + e.getMessage() + ")");
			}
		}
		for (DesignLoader.Loaded d : new DesignLoader.Loaded[] { a, b }) {
			if (d.errors() > 0) {
				err.println("cryo: " + d.label() + " has " + d.errors() + " error(s); run cryo check on it");
			}
		}
		out.flush();
		err.flush();
		return a.errors() + b.errors() > 0 ? CryoCli.DESIGN_ERRORS : CryoCli.OK;
	}

	/** @return the condensation floors of the report and every solver scalar */
	private static List<ResultValue> results(DesignLoader.Loaded d, DesignSolution solution) {
		List<ResultValue> all = new ArrayList<>(DesignResults.of(d.resource()));
		all.addAll(solution.values());
		return all;
	}

	private static java.util.List<InputValue> inputs(DesignLoader.Loaded d) {
		return SpecInputs.flat(d.resource());
	}

	static JsonObject json(DesignDiff d) {
		JsonObject root = new JsonObject();
		root.addProperty("before", d.before());
		root.addProperty("after", d.after());
		JsonArray inputs = new JsonArray();
		for (InputChange c : d.inputs()) {
			JsonObject o = new JsonObject();
			o.addProperty("change", c.change().word());
			o.addProperty("element", c.element());
			o.addProperty("property", c.property());
			c.before().ifPresent(v -> o.add("before", input(v)));
			c.after().ifPresent(v -> o.add("after", input(v)));
			delta(o, c.absolute(), c.relative(), c.siUnit());
			inputs.add(o);
		}
		root.add("inputs", inputs);
		root.addProperty("unchangedInputs", d.sameInputs());
		JsonArray results = new JsonArray();
		for (ResultChange c : d.results()) {
			JsonObject o = new JsonObject();
			o.addProperty("change", c.change().word());
			o.addProperty("source", c.source());
			o.addProperty("element", c.element());
			o.addProperty("quantity", c.quantity());
			c.before().ifPresent(v -> o.add("before", value(v, c.unit())));
			c.after().ifPresent(v -> o.add("after", value(v, c.unit())));
			delta(o, c.absolute(), c.relative(), c.unit());
			results.add(o);
		}
		root.add("results", results);
		root.addProperty("unchangedResults", d.sameResults());
		JsonArray verdicts = new JsonArray();
		for (DesignDiff.VerdictChange v : d.requirements()) {
			JsonObject o = new JsonObject();
			o.addProperty("text", v.requirement());
			o.addProperty("before", v.before());
			o.addProperty("after", v.after());
			verdicts.add(o);
		}
		root.add("requirements", verdicts);
		return root;
	}

	private static JsonObject input(InputValue v) {
		JsonObject o = new JsonObject();
		o.addProperty("written", v.written());
		if (v.si().isPresent()) {
			o.addProperty("value", v.si().getAsDouble());
			o.addProperty("unit", v.siUnit());
		}
		o.addProperty("file", v.file());
		o.addProperty("line", v.line());
		if (!v.type().isEmpty()) {
			o.addProperty("type", v.type());
		}
		return o;
	}

	private static JsonObject value(double si, String unit) {
		JsonObject o = new JsonObject();
		o.addProperty("value", si);
		o.addProperty("unit", unit);
		return o;
	}

	private static void delta(JsonObject o, OptionalDouble absolute, OptionalDouble relative, String unit) {
		if (absolute.isPresent()) {
			o.add("absolute", value(absolute.getAsDouble(), unit));
		}
		if (relative.isPresent()) {
			o.addProperty("relative", relative.getAsDouble());
		}
	}
}
