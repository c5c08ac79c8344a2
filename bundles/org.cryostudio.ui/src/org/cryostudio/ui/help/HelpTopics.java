package org.cryostudio.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The help pages shipped in the desktop bundle: the language guide and one page per validation
 * rule, named by the rule's stable issue code ({@code help/rules/unit-missing.md}).
 */
public final class HelpTopics {

	public static final String LANGUAGE = "language";
	private static final String RULES = "help/rules/";

	/** @param id "language" or a rule's issue code */
	public record Topic(String id, String title, boolean rule) {
	}

	private HelpTopics() {
	}

	/** @return the language guide, then the rules by code */
	public static List<Topic> all() {
		List<Topic> topics = new ArrayList<>();
		topics.add(new Topic(LANGUAGE, "The Cryo language", false));
		Enumeration<URL> entries = bundle().findEntries(RULES, "*.md", false);
		List<String> codes = new ArrayList<>();
		if (entries != null) {
			for (URL url : Collections.list(entries)) {
				String path = url.getPath();
				codes.add(path.substring(path.lastIndexOf('/') + 1, path.length() - ".md".length()));
			}
		}
		Collections.sort(codes);
		for (String code : codes) {
			topics.add(new Topic(code, title(code), true));
		}
		return topics;
	}

	/** @return the page of the language guide or of a rule, as Markdown */
	public static Optional<String> page(String id) {
		if (id == null || !id.matches("[a-z0-9-]+")) {
			return Optional.empty();
		}
		URL url = bundle().getEntry(LANGUAGE.equals(id) ? "help/language.md" : RULES + id + ".md");
		if (url == null) {
			return Optional.empty();
		}
		try (InputStream in = url.openStream()) {
			return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	/** @return "unit-missing: A value without its unit", from the page's heading */
	private static String title(String code) {
		return page(code).map(p -> p.lines().findFirst().orElse(code).replaceFirst("^#\\s*", "")).orElse(code);
	}

	private static Bundle bundle() {
		return FrameworkUtil.getBundle(HelpTopics.class);
	}
}
