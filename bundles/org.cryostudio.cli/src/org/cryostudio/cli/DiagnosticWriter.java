package org.cryostudio.cli;

import java.io.File;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Prints diagnostics as text, JSON or SARIF 2.1.0 (the formats of {@code cryo check}). */
final class DiagnosticWriter {

	enum Format {
		text, json, sarif
	}

	private DiagnosticWriter() {
	}

	static void write(Format format, List<Diagnostic> diagnostics, PrintWriter out) {
		switch (format) {
			case text -> diagnostics.forEach(d -> out.printf("%s:%d:%d: %s: %s [%s]%n", d.file(), d.line(),
					d.column(), d.severity(), d.message(), d.code()));
			case json -> out.println(pretty(json(diagnostics)));
			case sarif -> out.println(pretty(sarif(diagnostics)));
		}
		out.flush();
	}

	static JsonObject json(List<Diagnostic> diagnostics) {
		JsonArray array = new JsonArray();
		for (Diagnostic d : diagnostics) {
			JsonObject o = new JsonObject();
			o.addProperty("file", d.file());
			o.addProperty("line", d.line());
			o.addProperty("column", d.column());
			o.addProperty("endLine", d.endLine());
			o.addProperty("endColumn", d.endColumn());
			o.addProperty("severity", d.severity());
			o.addProperty("code", d.code());
			o.addProperty("message", d.message());
			array.add(o);
		}
		JsonObject root = new JsonObject();
		root.add("diagnostics", array);
		return root;
	}

	/** SARIF 2.1.0 (OASIS): one run, one rule per issue code used. */
	static JsonObject sarif(List<Diagnostic> diagnostics) {
		Set<String> codes = new LinkedHashSet<>();
		diagnostics.forEach(d -> codes.add(d.code()));
		JsonArray rules = new JsonArray();
		for (String code : codes) {
			JsonObject rule = new JsonObject();
			rule.addProperty("id", code);
			JsonObject shortDescription = new JsonObject();
			shortDescription.addProperty("text", "CryoStudio rule " + code);
			rule.add("shortDescription", shortDescription);
			rules.add(rule);
		}
		JsonObject driver = new JsonObject();
		driver.addProperty("name", "cryo");
		driver.addProperty("fullName", "CryoStudio cryo check");
		driver.addProperty("version", VersionProvider.version());
		driver.addProperty("informationUri", "https://github.com/cryostudio/cryostudio");
		driver.add("rules", rules);
		JsonObject tool = new JsonObject();
		tool.add("driver", driver);

		JsonArray results = new JsonArray();
		for (Diagnostic d : diagnostics) {
			JsonObject result = new JsonObject();
			result.addProperty("ruleId", d.code());
			result.addProperty("level", switch (d.severity()) {
				case "error" -> "error";
				case "warning" -> "warning";
				default -> "note";
			});
			JsonObject message = new JsonObject();
			message.addProperty("text", d.message());
			result.add("message", message);
			JsonObject artifact = new JsonObject();
			artifact.addProperty("uri", new File(d.file()).toPath().normalize().toString().replace(File.separatorChar, '/'));
			JsonObject region = new JsonObject();
			region.addProperty("startLine", d.line());
			region.addProperty("startColumn", d.column());
			region.addProperty("endLine", d.endLine());
			region.addProperty("endColumn", Math.max(d.endColumn(), d.column() + (d.endLine() == d.line() ? 1 : 0)));
			JsonObject physical = new JsonObject();
			physical.add("artifactLocation", artifact);
			physical.add("region", region);
			JsonObject location = new JsonObject();
			location.add("physicalLocation", physical);
			JsonArray locations = new JsonArray();
			locations.add(location);
			result.add("locations", locations);
			results.add(result);
		}
		JsonObject run = new JsonObject();
		run.add("tool", tool);
		run.add("results", results);
		JsonArray runs = new JsonArray();
		runs.add(run);
		JsonObject root = new JsonObject();
		root.addProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
		root.addProperty("version", "2.1.0");
		root.add("runs", runs);
		return root;
	}

	private static String pretty(JsonObject o) {
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o);
	}
}
