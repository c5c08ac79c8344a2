package org.cryostudio.diagram.core.render;

/**
 * A drawing surface in diagram coordinates. The symbols are drawn once against this interface;
 * SWT (the editor), AWT (PNG) and SVG implement it, so every output shows the same picture.
 */
public interface Painter extends TextMeasure {

	/** How text is placed horizontally relative to the x coordinate given. */
	enum Align {
		LEFT, CENTER, RIGHT
	}

	void setStroke(Rgb color, double width, boolean dashed);

	void setFill(Rgb color);

	void line(double x1, double y1, double x2, double y2);

	/** Draws an open polyline through {@code xy} = x0, y0, x1, y1, ... */
	void polyline(double... xy);

	/** Fills then outlines the closed polygon {@code xy}; {@code filled} false only outlines. */
	void polygon(boolean filled, double... xy);

	void rectangle(boolean filled, double x, double y, double w, double h);

	void roundRectangle(boolean filled, double x, double y, double w, double h, double arc);

	void oval(boolean filled, double x, double y, double w, double h);

	/** Draws {@code text} with its top at {@code top} in the stroke colour. */
	void text(String text, double x, double top, Align align, TextStyle style);
}
