package org.cryostudio.diagram.core.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * A {@link Painter} on a Java2D {@link Graphics2D}: a {@code BufferedImage} for PNG, JFreeSVG's
 * {@code SVGGraphics2D} for SVG. Works with {@code java.awt.headless=true}.
 */
public final class AwtPainter implements Painter {

	private static final float[] DASH = { 5f, 4f };

	private final Graphics2D g;
	private final AwtTextMeasure measure = AwtTextMeasure.get();
	private Color stroke = Color.BLACK;
	private Color fill = Color.WHITE;

	public AwtPainter(Graphics2D g) {
		this.g = g;
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
	}

	@Override
	public void setStroke(Rgb color, double width, boolean dashed) {
		stroke = color(color);
		g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
				dashed ? DASH : null, 0f));
	}

	@Override
	public void setFill(Rgb color) {
		fill = color(color);
	}

	@Override
	public void line(double x1, double y1, double x2, double y2) {
		g.setColor(stroke);
		g.draw(new Line2D.Double(x1, y1, x2, y2));
	}

	@Override
	public void polyline(double... xy) {
		g.setColor(stroke);
		g.draw(path(xy, false));
	}

	@Override
	public void polygon(boolean filled, double... xy) {
		Path2D path = path(xy, true);
		if (filled) {
			g.setColor(fill);
			g.fill(path);
		}
		g.setColor(stroke);
		g.draw(path);
	}

	@Override
	public void rectangle(boolean filled, double x, double y, double w, double h) {
		Rectangle2D r = new Rectangle2D.Double(x, y, w, h);
		if (filled) {
			g.setColor(fill);
			g.fill(r);
		}
		g.setColor(stroke);
		g.draw(r);
	}

	@Override
	public void roundRectangle(boolean filled, double x, double y, double w, double h, double arc) {
		RoundRectangle2D r = new RoundRectangle2D.Double(x, y, w, h, arc, arc);
		if (filled) {
			g.setColor(fill);
			g.fill(r);
		}
		g.setColor(stroke);
		g.draw(r);
	}

	@Override
	public void oval(boolean filled, double x, double y, double w, double h) {
		Ellipse2D e = new Ellipse2D.Double(x, y, w, h);
		if (filled) {
			g.setColor(fill);
			g.fill(e);
		}
		g.setColor(stroke);
		g.draw(e);
	}

	@Override
	public void text(String text, double x, double top, Align align, TextStyle style) {
		if (text.isEmpty()) {
			return;
		}
		g.setColor(stroke);
		g.setFont(measure.font(style));
		double w = measure.width(text, style);
		double left = switch (align) {
			case LEFT -> x;
			case CENTER -> x - w / 2;
			case RIGHT -> x - w;
		};
		// the line box is 1.4 em; put the baseline where a centred em box would have it
		double baseline = top + (lineHeight(style) - style.size()) / 2 + style.size() * 0.8;
		g.drawString(text, (float) left, (float) baseline);
	}

	@Override
	public double width(String text, TextStyle style) {
		return measure.width(text, style);
	}

	@Override
	public double lineHeight(TextStyle style) {
		return measure.lineHeight(style);
	}

	private static Path2D path(double[] xy, boolean closed) {
		Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
		path.moveTo(xy[0], xy[1]);
		for (int i = 2; i + 1 < xy.length; i += 2) {
			path.lineTo(xy[i], xy[i + 1]);
		}
		if (closed) {
			path.closePath();
		}
		return path;
	}

	private static Color color(Rgb c) {
		return new Color(c.red(), c.green(), c.blue());
	}
}
