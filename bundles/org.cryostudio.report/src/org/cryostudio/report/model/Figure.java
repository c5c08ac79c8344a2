package org.cryostudio.report.model;

import java.util.Objects;

/**
 * A figure: vector artwork with a caption.
 *
 * @param id      unique in the report, file-name friendly (anchors, SVG ids)
 * @param caption the caption; also the text alternative of the artwork
 * @param drawing the artwork
 * @param width   natural width in points (1/72 in); exporters scale down to the text width
 * @param height  natural height in points
 */
public record Figure(String id, Text caption, Drawing drawing, float width, float height) implements Block {
	public Figure {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(caption, "caption");
		Objects.requireNonNull(drawing, "drawing");
		if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
			throw new IllegalArgumentException("figure id must be a name: " + id);
		}
		if (!(width > 0 && height > 0)) {
			throw new IllegalArgumentException("figure " + id + " needs a positive size");
		}
	}
}
