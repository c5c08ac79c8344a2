package org.cryostudio.analysis.result;

import java.util.Objects;

/**
 * A reference line on a chart: a requirement limit, a phase switch, a cold-surface temperature.
 *
 * @param axis  which axis the value lies on: a {@link Orientation#HORIZONTAL} marker is drawn at a y value
 * @param value position in the axis's SI unit (finite)
 * @param label short text drawn next to the line
 */
public record Marker(Orientation axis, double value, String label) {

	/** Orientation of the line. */
	public enum Orientation {
		/** a horizontal line at a y value */
		HORIZONTAL,
		/** a vertical line at an x value */
		VERTICAL
	}

	public Marker {
		Objects.requireNonNull(axis, "axis");
		Objects.requireNonNull(label, "label");
		Finite.check(value, label, "marker");
	}

	public static Marker atY(double y, String label) {
		return new Marker(Orientation.HORIZONTAL, y, label);
	}

	public static Marker atX(double x, String label) {
		return new Marker(Orientation.VERTICAL, x, label);
	}
}
