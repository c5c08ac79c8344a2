package org.cryostudio.ui.charts;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;

/**
 * Our small glue between JFreeChart and SWT (jfreechart-swt's own canvas targets JFreeChart 1.0):
 * the chart is drawn by Java2D into an image the size of the canvas, which SWT paints. Dragging a
 * rectangle zooms into it; a double click restores the automatic ranges.
 */
public final class ChartCanvas extends Canvas {

	static {
		// Java2D off-screen only: AWT must never open a display connection of its own beside SWT's
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
	}

	private static final int MIN_DRAG = 6;
	/** Charts are laid out at least this size (fonts and margins sized for it), then scaled down to fit. */
	private static final int DESIGN_WIDTH = 640;
	private static final int DESIGN_HEIGHT = 400;

	private JFreeChart chart;
	private Image image;
	private ChartRenderingInfo info = new ChartRenderingInfo();
	/** canvas pixels per rendered pixel (at most 1) */
	private double scale = 1;
	private Point dragStart;
	private Point dragNow;

	public ChartCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		addListener(SWT.Paint, e -> paint(e.gc));
		addListener(SWT.Resize, e -> rerender());
		addListener(SWT.MouseDown, e -> {
			if (e.button == 1 && chart != null && dataArea().contains(e.x, e.y)) {
				dragStart = new Point(e.x, e.y);
			}
		});
		addListener(SWT.MouseMove, e -> {
			if (dragStart != null) {
				dragNow = new Point(e.x, e.y);
				redraw();
			}
		});
		addListener(SWT.MouseUp, e -> {
			if (dragStart != null) {
				Rectangle r = rectangle(dragStart, new Point(e.x, e.y));
				dragStart = null;
				dragNow = null;
				if (r.width >= MIN_DRAG && r.height >= MIN_DRAG) {
					zoom(r);
				} else {
					redraw();
				}
			}
		});
		addListener(SWT.MouseDoubleClick, e -> resetZoom());
		addListener(SWT.Dispose, e -> disposeImage());
	}

	public void setChart(JFreeChart chart) {
		this.chart = chart;
		rerender();
	}

	public JFreeChart chart() {
		return chart;
	}

	/** @return the image on display (tests), null before the first paint size is known */
	public Image image() {
		return image;
	}

	/** Zooms into the part of the plot under that rectangle (pixels of this canvas). */
	public void zoom(Rectangle pixels) {
		if (chart == null) {
			return;
		}
		Rectangle2D area = info.getPlotInfo().getDataArea();
		double x0 = pixels.x / scale;
		double x1 = (pixels.x + pixels.width) / scale;
		double y0 = pixels.y / scale;
		double y1 = (pixels.y + pixels.height) / scale;
		Plot plot = chart.getPlot();
		if (plot instanceof XYPlot xy) {
			zoomAxis(xy.getDomainAxis(), x0, x1, area, true, xy);
			zoomAxis(xy.getRangeAxis(), y1, y0, area, false, xy);
		} else if (plot instanceof CategoryPlot category) {
			ValueAxis axis = category.getRangeAxis();
			double a = axis.java2DToValue(y1, area, category.getRangeAxisEdge());
			double b = axis.java2DToValue(y0, area, category.getRangeAxisEdge());
			if (b > a) {
				axis.setRange(a, b);
			}
		}
		rerender();
	}

	/** Back to the ranges that show all data. */
	public void resetZoom() {
		if (chart == null) {
			return;
		}
		if (chart.getPlot() instanceof XYPlot xy) {
			xy.getDomainAxis().setAutoRange(true);
			xy.getRangeAxis().setAutoRange(true);
		} else if (chart.getPlot() instanceof CategoryPlot category) {
			category.getRangeAxis().setAutoRange(true);
		}
		rerender();
	}

	private static void zoomAxis(ValueAxis axis, double fromPixel, double toPixel, Rectangle2D area, boolean domain, XYPlot plot) {
		double a = axis.java2DToValue(fromPixel, area, domain ? plot.getDomainAxisEdge() : plot.getRangeAxisEdge());
		double b = axis.java2DToValue(toPixel, area, domain ? plot.getDomainAxisEdge() : plot.getRangeAxisEdge());
		double lo = Math.min(a, b);
		double hi = Math.max(a, b);
		if (hi > lo && Double.isFinite(lo) && Double.isFinite(hi)) {
			axis.setRange(lo, hi);
		}
	}

	private Rectangle dataArea() {
		Rectangle2D area = info.getPlotInfo().getDataArea();
		return new Rectangle((int) (area.getX() * scale), (int) (area.getY() * scale), (int) (area.getWidth() * scale),
				(int) (area.getHeight() * scale));
	}

	private void rerender() {
		Rectangle size = getClientArea();
		disposeImage();
		if (chart != null && size.width > 10 && size.height > 10) {
			info = new ChartRenderingInfo();
			scale = Math.min(1, Math.max((double) size.width / DESIGN_WIDTH, (double) size.height / DESIGN_HEIGHT));
			int w = (int) Math.round(size.width / scale);
			int h = (int) Math.round(size.height / scale);
			BufferedImage drawn = chart.createBufferedImage(w, h, BufferedImage.TYPE_INT_RGB, info);
			image = new Image(getDisplay(), toImageData(drawn));
		}
		redraw();
	}

	static ImageData toImageData(BufferedImage drawn) {
		int w = drawn.getWidth();
		int h = drawn.getHeight();
		ImageData data = new ImageData(w, h, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
		int[] row = new int[w];
		for (int y = 0; y < h; y++) {
			drawn.getRGB(0, y, w, 1, row, 0, w);
			for (int x = 0; x < w; x++) {
				row[x] &= 0xFFFFFF;
			}
			data.setPixels(0, y, w, row, 0);
		}
		return data;
	}

	private void paint(GC gc) {
		Rectangle size = getClientArea();
		if (image == null) {
			gc.setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
			gc.fillRectangle(size);
			return;
		}
		Rectangle drawn = image.getBounds();
		if (scale < 1) {
			gc.setAntialias(SWT.ON);
			gc.setInterpolation(SWT.HIGH);
			gc.drawImage(image, 0, 0, drawn.width, drawn.height, 0, 0, size.width, size.height);
		} else {
			gc.drawImage(image, 0, 0);
		}
		if (dragStart != null && dragNow != null) {
			gc.setLineStyle(SWT.LINE_DASH);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
			Rectangle r = rectangle(dragStart, dragNow);
			gc.drawRectangle(r);
		}
	}

	private static Rectangle rectangle(Point a, Point b) {
		return new Rectangle(Math.min(a.x, b.x), Math.min(a.y, b.y), Math.abs(a.x - b.x), Math.abs(a.y - b.y));
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}
}
