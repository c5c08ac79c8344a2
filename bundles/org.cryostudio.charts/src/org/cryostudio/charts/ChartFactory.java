package org.cryostudio.charts;

import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.List;

import org.cryostudio.analysis.result.ChartSpec;
import org.cryostudio.analysis.result.Marker;
import org.cryostudio.analysis.result.Series;
import org.cryostudio.analysis.result.SolverResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Turns a {@link ChartSpec} of a solver result into a JFreeChart line chart: one line per named
 * series, axis labels "quantity (unit)" from the series, logarithmic axes where the spec asks (points
 * that a log axis cannot show, zero or negative, are left out of the line), reference lines for the
 * markers, and the {@link ChartStyle}.
 */
public final class ChartFactory {

	private ChartFactory() {
	}

	/**
	 * @param result the solver result holding the series
	 * @param spec   one of its charts
	 * @return the chart, styled
	 * @throws IllegalArgumentException when the spec names series of different quantities or units
	 */
	public static JFreeChart create(SolverResult result, ChartSpec spec) {
		if (spec.kind() == ChartSpec.Kind.STACKED_BAR) {
			return bars(result, spec);
		}
		XYSeriesCollection data = new XYSeriesCollection();
		Series first = null;
		for (String name : spec.series()) {
			Series s = result.series(name).orElseThrow(
					() -> new IllegalArgumentException("chart " + spec.id() + " names unknown series " + name));
			if (first == null) {
				first = s;
			} else if (!first.x().unit().equals(s.x().unit()) || !first.y().unit().equals(s.y().unit())) {
				throw new IllegalArgumentException("chart " + spec.id() + " mixes units: " + first.name() + " and " + s.name());
			}
			XYSeries xy = new XYSeries(name, false, true);
			for (int i = 0; i < s.size(); i++) {
				double x = s.x().value(i);
				double y = s.y().value(i);
				if ((spec.logX() && !(x > 0)) || (spec.logY() && !(y > 0))) {
					continue;
				}
				xy.add(x, y);
			}
			data.addSeries(xy);
		}
		// the axes span the data and every marker, so that an operating point off the curve shows
		double xLo = data.getDomainLowerBound(false);
		double xHi = data.getDomainUpperBound(false);
		double yLo = data.getRangeLowerBound(false);
		double yHi = data.getRangeUpperBound(false);
		for (Marker m : spec.markers()) {
			boolean horizontal = m.axis() == Marker.Orientation.HORIZONTAL;
			if (horizontal ? spec.logY() && !(m.value() > 0) : spec.logX() && !(m.value() > 0)) {
				continue;
			}
			if (horizontal) {
				yLo = Math.min(yLo, m.value());
				yHi = Math.max(yHi, m.value());
			} else {
				xLo = Math.min(xLo, m.value());
				xHi = Math.max(xHi, m.value());
			}
		}
		ValueAxis xAxis = axis(label(first.x().quantity(), first.x().unit()), spec.logX(), xLo, xHi);
		ValueAxis yAxis = axis(label(first.y().quantity(), first.y().unit()), spec.logY(), yLo, yHi);
		if (xLo < data.getDomainLowerBound(false) || xHi > data.getDomainUpperBound(false)) {
			widen(xAxis, xLo, xHi);
		}
		if (yLo < data.getRangeLowerBound(false) || yHi > data.getRangeUpperBound(false)) {
			widen(yAxis, yLo, yHi);
		}
		XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
		for (int i = 0; i < spec.series().size(); i++) {
			renderer.setSeriesPaint(i, ChartStyle.seriesPaint(i));
			renderer.setSeriesStroke(i, ChartStyle.LINE);
			if (data.getItemCount(i) == 1) {
				renderer.setSeriesShapesVisible(i, true); // a single point (an operating point) has no line to draw
			}
		}
		XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
		plot.setBackgroundPaint(ChartStyle.BACKGROUND);
		plot.setDomainGridlinePaint(ChartStyle.GRID);
		plot.setRangeGridlinePaint(ChartStyle.GRID);
		plot.setDomainGridlineStroke(ChartStyle.GRID_LINE);
		plot.setRangeGridlineStroke(ChartStyle.GRID_LINE);
		plot.setOutlineVisible(false);
		plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
		for (Marker m : spec.markers()) {
			if ((m.axis() == Marker.Orientation.HORIZONTAL && spec.logY() || m.axis() == Marker.Orientation.VERTICAL && spec.logX())
					&& !(m.value() > 0)) {
				continue;
			}
			ValueMarker marker = new ValueMarker(m.value(), ChartStyle.MARKER, ChartStyle.MARKER_LINE);
			marker.setLabel(m.label());
			marker.setLabelFont(ChartStyle.MARKER_LABEL);
			marker.setLabelPaint(ChartStyle.MARKER);
			if (m.axis() == Marker.Orientation.HORIZONTAL) {
				marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
				marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
				marker.setLabelOffset(new RectangleInsets(2, 8, 2, 8));
				plot.addRangeMarker(marker);
			} else {
				marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
				marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
				marker.setLabelOffset(new RectangleInsets(8, 4, 8, 4));
				plot.addDomainMarker(marker);
			}
		}
		JFreeChart chart = new JFreeChart(spec.title(), ChartStyle.TITLE, plot, spec.series().size() > 1);
		chart.setBackgroundPaint(ChartStyle.BACKGROUND);
		chart.getTitle().setPaint(ChartStyle.TEXT);
		chart.setPadding(new RectangleInsets(10, 10, 10, 24));
		LegendTitle legend = chart.getLegend();
		if (legend != null) {
			legend.setItemFont(ChartStyle.LEGEND);
			legend.setPosition(RectangleEdge.BOTTOM);
			legend.setFrame(BlockBorder.NONE);
			legend.setBackgroundPaint(ChartStyle.BACKGROUND);
		}
		return chart;
	}

	/** Stacked bars: one bar per category, one stacked part per series, a legend of the parts. */
	private static JFreeChart bars(SolverResult result, ChartSpec spec) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		Series first = null;
		for (String name : spec.series()) {
			Series s = result.series(name).orElseThrow(
					() -> new IllegalArgumentException("chart " + spec.id() + " names unknown series " + name));
			first = first == null ? s : first;
			for (int i = 0; i < s.size(); i++) {
				int category = (int) Math.round(s.x().value(i));
				String label = category >= 0 && category < spec.categories().size() ? spec.categories().get(category)
						: Integer.toString(category);
				data.addValue(s.y().value(i), name, label);
			}
		}
		CategoryAxis x = new CategoryAxis(first.x().quantity());
		NumberAxis y = new NumberAxis(label(first.y().quantity(), first.y().unit()));
		for (org.jfree.chart.axis.Axis a : List.of(x, y)) {
			a.setLabelFont(ChartStyle.AXIS_LABEL);
			a.setTickLabelFont(ChartStyle.TICK_LABEL);
			a.setLabelPaint(ChartStyle.TEXT);
			a.setTickLabelPaint(ChartStyle.TEXT);
		}
		StackedBarRenderer renderer = new StackedBarRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setMaximumBarWidth(0.18);
		for (int i = 0; i < spec.series().size(); i++) {
			renderer.setSeriesPaint(i, ChartStyle.seriesPaint(i));
		}
		CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
		plot.setBackgroundPaint(ChartStyle.BACKGROUND);
		plot.setRangeGridlinePaint(ChartStyle.GRID);
		plot.setOutlineVisible(false);
		JFreeChart chart = new JFreeChart(spec.title(), ChartStyle.TITLE, plot, true);
		chart.setBackgroundPaint(ChartStyle.BACKGROUND);
		chart.setPadding(new RectangleInsets(10, 10, 10, 24));
		LegendTitle legend = chart.getLegend();
		legend.setItemFont(ChartStyle.LEGEND);
		legend.setPosition(RectangleEdge.BOTTOM);
		legend.setFrame(BlockBorder.NONE);
		return chart;
	}

	/** "pressure (Pa)"; dimensionless quantities show no unit. */
	static String label(String quantity, String unit) {
		return "1".equals(unit) ? quantity : quantity + " (" + unit + ")";
	}

	/**
	 * A log axis with a label at every decade (every second or more when the data span many
	 * decades), "10^n" tick labels with integer exponents; a linear axis with scientific labels
	 * when a log axis was asked but the data span less than about a decade and a half (a log axis
	 * would show no labelled tick).
	 */
	/** Sets an axis to [lo, hi] with a margin (a factor on a log axis). */
	private static void widen(ValueAxis axis, double lo, double hi) {
		if (!(hi > lo)) {
			return;
		}
		if (axis instanceof LogAxis) {
			axis.setRange(lo / 1.5, hi * 1.5);
		} else {
			double m = 0.05 * (hi - lo);
			axis.setRange(lo - m, hi + m);
		}
	}

	private static ValueAxis axis(String label, boolean log, double lo, double hi) {
		ValueAxis axis;
		double decades = lo > 0 && hi > 0 ? Math.log10(hi / lo) : 0;
		if (log && decades >= 1.3) {
			LogAxis a = new LogAxis(label);
			a.setBase(10);
			a.setBaseSymbol("10");
			a.setSmallestValue(1e-300);
			a.setMinorTickMarksVisible(true);
			a.setAutoTickUnitSelection(false, false);
			a.setTickUnit(new NumberTickUnit(Math.max(1, Math.ceil(decades / 14)), new DecimalFormat("0")), false, false);
			axis = a;
		} else {
			NumberAxis a = new NumberAxis(label);
			a.setAutoRangeIncludesZero(false);
			boolean scientific = log || hi > 0 && (hi >= 1e5 || hi < 1e-2);
			a.setNumberFormatOverride(scientific ? new DecimalFormat("0.0##E0") : format());
			axis = a;
		}
		axis.setLabelFont(ChartStyle.AXIS_LABEL);
		axis.setTickLabelFont(ChartStyle.TICK_LABEL);
		axis.setLabelPaint(ChartStyle.TEXT);
		axis.setTickLabelPaint(ChartStyle.TEXT);
		return axis;
	}

	private static NumberFormat format() {
		return new DecimalFormat("0.###");
	}

}
