package org.cryostudio.report.model;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A calculation report: title, date and numbered sections. The date is the only part that may
 * differ between two reports of the same design; everything else is a function of the input.
 *
 * @param title     e.g. "Calculation report: QuickstartChamber"
 * @param subtitle  e.g. the spec file name (may be empty)
 * @param date      when the report was made (shown, and the PDF creation date)
 * @param generator the tool and version, e.g. "CryoStudio 0.1.0"
 * @param sections  the body
 */
public record Report(String title, String subtitle, ZonedDateTime date, String generator, List<Section> sections) {

	public Report {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(subtitle, "subtitle");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(generator, "generator");
		sections = List.copyOf(sections);
		Set<String> ids = new HashSet<>();
		visit(sections, s -> {
			if (!ids.add(s.id())) {
				throw new IllegalArgumentException("duplicate section id '" + s.id() + "'");
			}
			for (Block b : s.blocks()) {
				if (b instanceof Figure f && !ids.add(f.id())) {
					throw new IllegalArgumentException("duplicate figure or section id '" + f.id() + "'");
				}
			}
		});
	}

	/** @return every section, depth first in reading order */
	public List<Section> allSections() {
		List<Section> all = new ArrayList<>();
		visit(sections, all::add);
		return all;
	}

	private static void visit(List<Section> sections, Consumer<Section> action) {
		for (Section s : sections) {
			action.accept(s);
			visit(s.subsections(), action);
		}
	}
}
