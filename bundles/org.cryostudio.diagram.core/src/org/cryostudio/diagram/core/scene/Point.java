package org.cryostudio.diagram.core.scene;

/** A point in diagram coordinates (one unit is one pixel at 100 % zoom, y grows downwards). */
public record Point(double x, double y) {

	public Point translate(double dx, double dy) {
		return new Point(x + dx, y + dy);
	}

	public double distance(Point other) {
		return Math.hypot(x - other.x, y - other.y);
	}
}
