package org.cryostudio.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;

/**
 * The one look of CryoStudio charts, meant for slides: white background, light grey grid, thick
 * lines in a colour-blind-safe palette (Okabe and Ito, "Color Universal Design", 2008), dashed
 * grey reference lines, sans-serif text large enough to read when projected.
 */
public final class ChartStyle {

	/** Okabe-Ito palette (black omitted: it is kept for text). */
	private static final Color[] PALETTE = { new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
			new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442), new Color(0x666666) };

	/** Default image size, px (16:10). */
	public static final int WIDTH = 1200;
	public static final int HEIGHT = 750;

	public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 26);
	public static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 20);
	public static final Font TICK_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
	public static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
	public static final Font MARKER_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
	public static final Color BACKGROUND = Color.WHITE;
	public static final Color GRID = new Color(0xD9D9D9);
	public static final Color TEXT = new Color(0x222222);
	public static final Color MARKER = new Color(0x555555);
	public static final Stroke LINE = new BasicStroke(3.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
	public static final Stroke GRID_LINE = new BasicStroke(1.0f);
	public static final Stroke MARKER_LINE = new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
			new float[] { 8f, 6f }, 0f);

	private ChartStyle() {
	}

	/** @return the colour of the i-th series */
	public static Paint seriesPaint(int i) {
		return PALETTE[i % PALETTE.length];
	}
}
