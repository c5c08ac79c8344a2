package org.cryostudio.report.model;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * Vector artwork of a figure (a chart). Exporters hand it a Graphics2D that writes SVG or PDF
 * operators, so figures stay sharp at every zoom and in print. Must draw the same thing every
 * time (reports are deterministic).
 */
@FunctionalInterface
public interface Drawing {
	void draw(Graphics2D g, Rectangle2D area);
}
