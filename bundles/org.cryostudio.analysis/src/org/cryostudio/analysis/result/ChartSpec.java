package org.cryostudio.analysis.result;

import java.util.List;
import java.util.Objects;

/**
 * What a chart shows, independent of how it is drawn: which series of the result, on which axes
 * (logarithmic where the physics spans decades), with which reference lines. The charts bundle
 * renders it; the file name is derived from {@code id}.
 *
 * @param id      file-name friendly identifier, unique within the result, e.g. "pumpdown"
 * @param title   chart title, e.g. "Pump-down of chamber"
 * @param series  names of the series drawn (all must share x and y quantity and unit)
 * @param logX    logarithmic x axis
 * @param logY    logarithmic y axis
 * @param markers reference lines
 * @param kind       lines (x-y curves) or stacked bars (x = category index)
 * @param categories for bars: the label of each x index 0..n-1 (e.g. the stages); empty for lines
 */
public record ChartSpec(String id, String title, List<String> series, boolean logX, boolean logY, List<Marker> markers,
		Kind kind, List<String> categories) {

	/** How the series are drawn. */
	public enum Kind {
		/** a line per series through its (x, y) points */
		LINE,
		/** stacked bars: series are the stacked parts, x is the index of a category */
		STACKED_BAR
	}

	/** A line chart. */
	public ChartSpec(String id, String title, List<String> series, boolean logX, boolean logY, List<Marker> markers) {
		this(id, title, series, logX, logY, markers, Kind.LINE, List.of());
	}

	/** @return a stacked bar chart over categories (series x values are category indices) */
	public static ChartSpec stackedBars(String id, String title, List<String> series, List<String> categories) {
		return new ChartSpec(id, title, series, false, false, List.of(), Kind.STACKED_BAR, categories);
	}

	public ChartSpec {
		java.util.Objects.requireNonNull(kind, "kind");
		categories = List.copyOf(categories);
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(title, "title");
		if (!id.matches("[A-Za-z0-9._-]+")) {
			throw new IllegalArgumentException("chart id must be file-name friendly: " + id);
		}
		series = List.copyOf(series);
		markers = List.copyOf(markers);
		if (series.isEmpty()) {
			throw new IllegalArgumentException("chart " + id + " has no series");
		}
	}
}
