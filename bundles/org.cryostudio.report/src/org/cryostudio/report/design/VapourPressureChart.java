package org.cryostudio.report.design;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import org.cryostudio.physics.fluids.Fluid;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.report.model.Figure;
import org.cryostudio.report.model.Text;
import org.cryostudio.report.model.ValueText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The vapour-pressure curves of a design's gases on logarithmic axes, with the cold-surface
 * temperatures marked: where a curve crosses a marker below the pressure a design needs, that
 * surface pumps that gas. Curves are drawn solid where the property model is valid and dashed
 * where it is extrapolated.
 */
public final class VapourPressureChart {

	private static final double P_MIN = 1e-12;
	private static final double P_MAX = 1e6;
	private static final int POINTS = 240;
	private static final Color[] PALETTE = { new Color(0x1f, 0x5f, 0x99), new Color(0xc2, 0x4e, 0x00),
			new Color(0x2e, 0x7d, 0x32), new Color(0x8e, 0x24, 0xaa), new Color(0xb3, 0x26, 0x1e),
			new Color(0x00, 0x83, 0x8f), new Color(0x6d, 0x4c, 0x41), new Color(0x55, 0x55, 0x55) };

	private VapourPressureChart() {
	}

	private static String names(ColdSurface s) {
		String element = s.element();
		return element.substring(element.lastIndexOf('.') + 1) + " " + s.surface();
	}

	/** @return the figure, or null when no gas has a curve in range */
	/** @param labels the surfaces to mark, with the names shown at their markers */
	public static Figure figure(String id, List<Gas> gases, List<ColdSurface> surfaces, java.util.Map<ColdSurface, String> labels) {
		double tMin = 3;
		double tMax = 400;
		XYSeriesCollection data = new XYSeriesCollection();
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
		int colour = 0;
		for (Gas g : gases) {
			Fluid fluid = Fluids.of(g);
			XYSeries valid = new XYSeries(g.symbol(), false, true);
			XYSeries extrapolated = new XYSeries(g.symbol() + " (extrapolated)", false, true);
			for (int i = 0; i <= POINTS; i++) {
				double t = tMin * Math.pow(tMax / tMin, i / (double) POINTS);
				if (t >= fluid.criticalTemperature()) {
					break;
				}
				ModelResult p = fluid.vapourPressure(t);
				if (!(p.value() >= P_MIN && p.value() <= P_MAX)) {
					continue;
				}
				(p.valid() ? valid : extrapolated).add(t, p.value());
			}
			if (valid.isEmpty() && extrapolated.isEmpty()) {
				continue;
			}
			Color c = PALETTE[colour++ % PALETTE.length];
			for (XYSeries s : new XYSeries[] { valid, extrapolated }) {
				if (s.isEmpty()) {
					continue;
				}
				int index = data.getSeriesCount();
				data.addSeries(s);
				renderer.setSeriesPaint(index, c);
				renderer.setSeriesStroke(index, s == valid ? new BasicStroke(1.6f)
						: new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 4, 3 }, 0));
				renderer.setSeriesVisibleInLegend(index, s == valid || valid.isEmpty());
			}
		}
		if (data.getSeriesCount() == 0) {
			return null;
		}
		Font tick = ChartFonts.of(Font.PLAIN, 10);
		Font label = ChartFonts.of(Font.PLAIN, 11);
		LogAxis x = new LogAxis("Temperature (K)");
		x.setRange(tMin, tMax);
		x.setBase(10);
		x.setSmallestValue(tMin);
		x.setTickLabelFont(tick);
		// decades labelled as plain numbers (10 K, 100 K): temperatures are read, not exponents
		x.setTickUnit(new NumberTickUnit(1));
		x.setNumberFormatOverride(new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
		x.setLabelFont(label);
		LogAxis y = new LogAxis("Vapour pressure (Pa)");
		y.setRange(P_MIN, P_MAX);
		y.setBase(10);
		y.setSmallestValue(P_MIN);
		y.setTickLabelFont(tick);
		y.setTickUnit(new NumberTickUnit(2));
		y.setLabelFont(label);
		XYPlot plot = new XYPlot(data, x, y, renderer);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(new Color(0xdd, 0xe1, 0xe6));
		plot.setRangeGridlinePaint(new Color(0xdd, 0xe1, 0xe6));
		plot.setOutlinePaint(new Color(0x99, 0xa3, 0xad));
		plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
		for (ColdSurface s : surfaces) {
			ValueMarker m = new ValueMarker(s.temperature(), new Color(0x5b, 0x66, 0x73),
					new BasicStroke(0.9f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 2, 2 }, 0));
			// the full list of surfaces is in the table; the marker names the first and how many share it
			String shown = labels.get(s);
			int shared = shown.split(", ").length;
			m.setLabel((shared > 1 ? names(s) + " and " + (shared - 1) + " more" : shown) + " "
					+ ValueText.number(s.temperature(), 4).plainText() + " K");
			m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
			m.setLabelFont(ChartFonts.of(Font.PLAIN, 9));
			m.setLabelPaint(new Color(0x1d, 0x23, 0x2b));
			m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
			m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
			m.setLabelOffset(new RectangleInsets(4, 3, 4, 3));
			plot.addDomainMarker(m);
		}
		JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		chart.setAntiAlias(true);
		LegendTitle legend = chart.getLegend();
		legend.setPosition(RectangleEdge.RIGHT);
		legend.setItemFont(ChartFonts.of(Font.PLAIN, 10));
		legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
		return new Figure(id, Text.plain("Vapour pressure of the design's gases against temperature, with the cold-surface "
				+ "temperatures marked (dashed curves: property model extrapolated outside its range)."),
				(g, area) -> chart.draw(g, area), 470, 300);
	}
}
