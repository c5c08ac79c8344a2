package org.cryostudio.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The example projects shipped inside the desktop bundle (the repository's {@code dsl-examples},
 * copied in at build time): one folder per example, each with its specs and usually a README.
 */
public final class BundledExamples {

	static final String ROOT = "examples";

	/**
	 * @param folder  the example's folder name, also the default project name
	 * @param title   the README's first heading, or the folder name
	 * @param summary the README's first paragraph, empty without README
	 * @param files   the example's files, relative to its folder, '/'-separated, sorted
	 */
	public record Example(String folder, String title, String summary, List<String> files) {

		/** @return the spec to open first: the one named like the folder, else the first spec */
		public String mainSpec() {
			List<String> specs = files.stream().filter(f -> f.endsWith(".cryo")).toList();
			return specs.stream().filter(f -> f.equals(folder + ".cryo")).findFirst()
					.orElse(specs.stream().filter(f -> !f.contains("/")).findFirst().orElse(specs.isEmpty() ? null : specs.get(0)));
		}
	}

	private BundledExamples() {
	}

	/** @return the examples that hold at least one spec, by folder name */
	public static List<Example> all() {
		Bundle bundle = FrameworkUtil.getBundle(BundledExamples.class);
		Enumeration<URL> entries = bundle.findEntries(ROOT, "*", true);
		if (entries == null) {
			return List.of();
		}
		Map<String, List<String>> byFolder = new TreeMap<>();
		for (URL url : Collections.list(entries)) {
			String path = url.getPath();
			int at = path.indexOf("/" + ROOT + "/");
			if (at < 0 || path.endsWith("/")) {
				continue; // a folder entry
			}
			String relative = path.substring(at + ROOT.length() + 2);
			int slash = relative.indexOf('/');
			if (slash <= 0) {
				continue; // a loose file beside the example folders
			}
			byFolder.computeIfAbsent(relative.substring(0, slash), k -> new ArrayList<>()).add(relative.substring(slash + 1));
		}
		List<Example> examples = new ArrayList<>();
		byFolder.forEach((folder, files) -> {
			if (files.stream().anyMatch(f -> f.endsWith(".cryo"))) {
				Collections.sort(files);
				examples.add(describe(folder, List.copyOf(files)));
			}
		});
		return examples;
	}

	/** @return the bytes of one file of an example */
	public static InputStream open(Example example, String file) throws IOException {
		URL url = FrameworkUtil.getBundle(BundledExamples.class).getEntry(ROOT + "/" + example.folder() + "/" + file);
		if (url == null) {
			throw new IOException("the example " + example.folder() + " has no file " + file);
		}
		return url.openStream();
	}

	private static Example describe(String folder, List<String> files) {
		if (!files.contains("README.md")) {
			return new Example(folder, folder, "", files);
		}
		try (InputStream in = FrameworkUtil.getBundle(BundledExamples.class).getEntry(ROOT + "/" + folder + "/README.md").openStream()) {
			String readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return new Example(folder, title(readme, folder), summary(readme), files);
		} catch (IOException | NullPointerException e) {
			return new Example(folder, folder, "", files);
		}
	}

	static String title(String readme, String fallback) {
		for (String line : readme.split("\\R")) {
			if (line.startsWith("# ")) {
				return line.substring(2).strip();
			}
		}
		return fallback;
	}

	/** The first paragraph of prose after the title (headings, tables and lists skipped). */
	static String summary(String readme) {
		StringBuilder paragraph = new StringBuilder();
		for (String line : readme.split("\\R")) {
			String l = line.strip();
			boolean prose = !l.isEmpty() && !l.startsWith("#") && !l.startsWith("|") && !l.startsWith("*") && !l.startsWith("-")
					&& !l.startsWith("`") && !l.startsWith("!");
			if (prose) {
				paragraph.append(paragraph.isEmpty() ? "" : " ").append(l);
			} else if (!paragraph.isEmpty()) {
				break;
			}
		}
		return paragraph.toString();
	}
}
