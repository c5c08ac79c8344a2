package org.cryostudio.diagram.core.scene;

/** An axis-aligned rectangle in diagram coordinates. */
public record Bounds(double x, double y, double width, double height) {

	public static final Bounds EMPTY = new Bounds(0, 0, 0, 0);

	public double right() {
		return x + width;
	}

	public double bottom() {
		return y + height;
	}

	public Point center() {
		return new Point(x + width / 2, y + height / 2);
	}

	public boolean contains(double px, double py) {
		return px >= x && px <= x + width && py >= y && py <= y + height;
	}

	/** @return true when the two rectangles overlap, each grown by {@code margin} on every side */
	public boolean intersects(Bounds o, double margin) {
		return x - margin < o.right() && o.x - margin < right() && y - margin < o.bottom() && o.y - margin < bottom();
	}

	public Bounds union(Bounds o) {
		if (this == EMPTY) {
			return o;
		}
		if (o == EMPTY) {
			return this;
		}
		double nx = Math.min(x, o.x);
		double ny = Math.min(y, o.y);
		return new Bounds(nx, ny, Math.max(right(), o.right()) - nx, Math.max(bottom(), o.bottom()) - ny);
	}

	public Bounds expand(double margin) {
		return new Bounds(x - margin, y - margin, width + 2 * margin, height + 2 * margin);
	}
}
