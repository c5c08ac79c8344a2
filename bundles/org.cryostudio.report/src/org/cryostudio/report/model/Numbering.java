package org.cryostudio.report.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Section numbers ("2", "2.3") and figure numbers (1, 2, ... in reading order) of a report, the
 * same for every exporter so that an HTML and a PDF report of one design can be cited alike.
 */
public final class Numbering {

	private final Map<String, String> sections = new HashMap<>();
	private final Map<String, Integer> figures = new HashMap<>();

	public Numbering(Report report) {
		number(report.sections(), "");
	}

	private void number(List<Section> list, String prefix) {
		for (int i = 0; i < list.size(); i++) {
			Section s = list.get(i);
			String n = prefix + (i + 1);
			sections.put(s.id(), n);
			for (Block b : s.blocks()) {
				if (b instanceof Figure f) {
					figures.put(f.id(), figures.size() + 1);
				}
			}
			number(s.subsections(), n + ".");
		}
	}

	/** @return e.g. "2.3" */
	public String of(Section section) {
		return sections.get(section.id());
	}

	/** @return 1-based figure number */
	public int of(Figure figure) {
		return figures.get(figure.id());
	}

	/** @return nesting depth: 1 for a top-level section */
	public int depth(Section section) {
		return of(section).split("\\.").length;
	}
}
