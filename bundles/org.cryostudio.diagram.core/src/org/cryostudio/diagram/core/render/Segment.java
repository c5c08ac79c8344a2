package org.cryostudio.diagram.core.render;

import java.util.List;

import org.cryostudio.diagram.core.scene.Point;

/**
 * A frame at the middle of a line segment: local coordinates (a along the segment, b across it)
 * map to diagram coordinates, so glyphs are drawn once and follow the segment's direction.
 */
record Segment(double cx, double cy, double ux, double uy) {

	/** @return the frame at the middle of the longest segment of {@code route} (at least 2 points) */
	static Segment longest(List<Point> route) {
		int best = 0;
		double bestLength = -1;
		for (int i = 0; i + 1 < route.size(); i++) {
			double d = route.get(i).distance(route.get(i + 1));
			if (d > bestLength) {
				bestLength = d;
				best = i;
			}
		}
		Point a = route.get(best);
		Point b = route.get(best + 1);
		double d = Math.max(bestLength, 1e-9);
		return new Segment((a.x() + b.x()) / 2, (a.y() + b.y()) / 2, (b.x() - a.x()) / d, (b.y() - a.y()) / d);
	}

	double x(double along, double across) {
		return cx + along * ux - across * uy;
	}

	double y(double along, double across) {
		return cy + along * uy + across * ux;
	}
}
