package org.cryostudio.report.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A numbered section: a title, its blocks, then its subsections. Exporters number sections by
 * position (1, 1.1, ...) and list them in the table of contents.
 *
 * @param id          unique in the report, used for anchors and links
 * @param title       the heading
 * @param blocks      the body
 * @param subsections nested sections
 */
public record Section(String id, String title, List<Block> blocks, List<Section> subsections) {

	public Section {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		if (!id.matches("[A-Za-z][A-Za-z0-9_.-]*")) {
			throw new IllegalArgumentException("section id must be a name: " + id);
		}
		blocks = List.copyOf(blocks);
		subsections = List.copyOf(subsections);
	}

	public static Builder builder(String id, String title) {
		return new Builder(id, title);
	}

	/** Collects blocks and subsections in order. */
	public static final class Builder {
		private final String id;
		private final String title;
		private final List<Block> blocks = new ArrayList<>();
		private final List<Section> subsections = new ArrayList<>();

		private Builder(String id, String title) {
			this.id = id;
			this.title = title;
		}

		public Builder add(Block block) {
			blocks.add(block);
			return this;
		}

		public Builder paragraph(String text) {
			return add(Paragraph.of(text));
		}

		public Builder add(Section section) {
			subsections.add(section);
			return this;
		}

		public Section build() {
			return new Section(id, title, blocks, subsections);
		}
	}
}
