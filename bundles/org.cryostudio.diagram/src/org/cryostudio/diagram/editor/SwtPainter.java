package org.cryostudio.diagram.editor;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.cryostudio.diagram.core.render.Painter;
import org.cryostudio.diagram.core.render.Rgb;
import org.cryostudio.diagram.core.render.TextStyle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.LineAttributes;
import org.eclipse.swt.graphics.Path;
import org.eclipse.swt.widgets.Display;

/**
 * A {@link Painter} on an SWT graphics context: the editor draws the same symbols as the PNG and
 * SVG exports. Fonts are sized in pixels (diagram units) whatever the screen's resolution, colours
 * and fonts are cached and released by {@link #dispose()}.
 */
final class SwtPainter implements Painter {

	private static final float[] DASH = { 5f, 4f };

	private final Display display;
	private final Map<Rgb, Color> colors = new HashMap<>();
	private final Map<TextStyle, Font> fonts = new EnumMap<>(TextStyle.class);
	private final Map<TextStyle, Double> lineHeights = new EnumMap<>(TextStyle.class);
	private final Map<String, Double> widths = new HashMap<>();
	private GC gc;
	private Color stroke;
	private Color fill;
	private GC measureGc;

	SwtPainter(Display display) {
		this.display = display;
	}

	/** Draws on {@code target} from now on (a paint event's GC); null to stop. */
	void attach(GC target) {
		gc = target;
		if (gc != null) {
			gc.setAntialias(SWT.ON);
			gc.setTextAntialias(SWT.ON);
			stroke = color(new Rgb(0, 0, 0));
			fill = color(new Rgb(255, 255, 255));
		}
	}

	@Override
	public void setStroke(Rgb color, double width, boolean dashed) {
		stroke = color(color);
		gc.setForeground(stroke);
		gc.setLineAttributes(new LineAttributes((float) width, SWT.CAP_ROUND, SWT.JOIN_ROUND,
				dashed ? SWT.LINE_CUSTOM : SWT.LINE_SOLID, dashed ? DASH : null, 0, 10));
	}

	@Override
	public void setFill(Rgb color) {
		fill = color(color);
	}

	@Override
	public void line(double x1, double y1, double x2, double y2) {
		polyline(x1, y1, x2, y2);
	}

	@Override
	public void polyline(double... xy) {
		Path path = path(xy, false);
		try {
			gc.setForeground(stroke);
			gc.drawPath(path);
		} finally {
			path.dispose();
		}
	}

	@Override
	public void polygon(boolean filled, double... xy) {
		Path path = path(xy, true);
		try {
			if (filled) {
				gc.setBackground(fill);
				gc.fillPath(path);
			}
			gc.setForeground(stroke);
			gc.drawPath(path);
		} finally {
			path.dispose();
		}
	}

	@Override
	public void rectangle(boolean filled, double x, double y, double w, double h) {
		polygon(filled, x, y, x + w, y, x + w, y + h, x, y + h);
	}

	@Override
	public void roundRectangle(boolean filled, double x, double y, double w, double h, double arc) {
		Path path = new Path(display);
		try {
			double r = Math.min(arc / 2, Math.min(w, h) / 2);
			path.moveTo((float) (x + r), (float) y);
			path.lineTo((float) (x + w - r), (float) y);
			path.addArc((float) (x + w - 2 * r), (float) y, (float) (2 * r), (float) (2 * r), 90, -90);
			path.lineTo((float) (x + w), (float) (y + h - r));
			path.addArc((float) (x + w - 2 * r), (float) (y + h - 2 * r), (float) (2 * r), (float) (2 * r), 0, -90);
			path.lineTo((float) (x + r), (float) (y + h));
			path.addArc((float) x, (float) (y + h - 2 * r), (float) (2 * r), (float) (2 * r), 270, -90);
			path.lineTo((float) x, (float) (y + r));
			path.addArc((float) x, (float) y, (float) (2 * r), (float) (2 * r), 180, -90);
			path.close();
			if (filled) {
				gc.setBackground(fill);
				gc.fillPath(path);
			}
			gc.setForeground(stroke);
			gc.drawPath(path);
		} finally {
			path.dispose();
		}
	}

	@Override
	public void oval(boolean filled, double x, double y, double w, double h) {
		Path path = new Path(display);
		try {
			path.addArc((float) x, (float) y, (float) w, (float) h, 0, 360);
			if (filled) {
				gc.setBackground(fill);
				gc.fillPath(path);
			}
			gc.setForeground(stroke);
			gc.drawPath(path);
		} finally {
			path.dispose();
		}
	}

	@Override
	public void text(String text, double x, double top, Align align, TextStyle style) {
		if (text.isEmpty()) {
			return;
		}
		gc.setFont(font(style));
		gc.setForeground(stroke);
		double w = width(text, style);
		double left = switch (align) {
			case LEFT -> x;
			case CENTER -> x - w / 2;
			case RIGHT -> x - w;
		};
		int textHeight = gc.getFontMetrics().getHeight();
		double y = top + (lineHeight(style) - textHeight) / 2;
		gc.drawText(text, (int) Math.round(left), (int) Math.round(y), true);
	}

	@Override
	public double width(String text, TextStyle style) {
		return widths.computeIfAbsent(style.ordinal() + text, k -> {
			GC m = measure();
			m.setFont(font(style));
			return (double) m.textExtent(text).x;
		});
	}

	@Override
	public double lineHeight(TextStyle style) {
		// the same 1.4 em line box as the exports, so nodes have the same size everywhere
		return lineHeights.computeIfAbsent(style, s -> {
			GC m = measure();
			m.setFont(font(s));
			return Math.max(s.size() * 1.4, m.getFontMetrics().getHeight());
		});
	}

	private GC measure() {
		if (gc != null) {
			return gc;
		}
		if (measureGc == null) {
			measureGc = new GC(display);
		}
		return measureGc;
	}

	private Font font(TextStyle style) {
		return fonts.computeIfAbsent(style, s -> {
			FontData base = display.getSystemFont().getFontData()[0];
			// diagram units are pixels: convert the pixel size to points at this screen's resolution
			int points = (int) Math.max(6, Math.round(s.size() * 72.0 / display.getDPI().y));
			return new Font(display, base.getName(), points, s.bold() ? SWT.BOLD : SWT.NORMAL);
		});
	}

	private Color color(Rgb rgb) {
		return colors.computeIfAbsent(rgb, c -> new Color(display, c.red(), c.green(), c.blue()));
	}

	private Path path(double[] xy, boolean closed) {
		Path path = new Path(display);
		path.moveTo((float) xy[0], (float) xy[1]);
		for (int i = 2; i + 1 < xy.length; i += 2) {
			path.lineTo((float) xy[i], (float) xy[i + 1]);
		}
		if (closed) {
			path.close();
		}
		return path;
	}

	void dispose() {
		fonts.values().forEach(Font::dispose);
		fonts.clear();
		colors.values().forEach(Color::dispose);
		colors.clear();
		if (measureGc != null) {
			measureGc.dispose();
			measureGc = null;
		}
	}
}
