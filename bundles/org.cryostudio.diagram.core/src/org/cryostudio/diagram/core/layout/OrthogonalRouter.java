package org.cryostudio.diagram.core.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cryostudio.diagram.core.scene.Bounds;
import org.cryostudio.diagram.core.scene.Point;
import org.cryostudio.diagram.core.scene.Scene;
import org.cryostudio.diagram.core.scene.SceneEdge;

/**
 * Routes every edge between the symbols of its nodes with horizontal and vertical segments, as
 * piping schematics are drawn: a straight line where the symbols face each other, otherwise a
 * Z with its bend half-way. Parallel edges between the same two nodes are spread apart. Routing
 * depends only on node positions, so it is cheap to redo while a node is dragged.
 */
public final class OrthogonalRouter {

	static final double PARALLEL_GAP = 12;

	private OrthogonalRouter() {
	}

	public static void route(Scene scene) {
		Map<String, Integer> seen = new HashMap<>();
		Map<String, Integer> total = new HashMap<>();
		for (SceneEdge e : scene.edges()) {
			total.merge(pairKey(e), 1, Integer::sum);
		}
		for (SceneEdge e : scene.edges()) {
			String key = pairKey(e);
			int index = seen.merge(key, 1, Integer::sum) - 1;
			double shift = (index - (total.get(key) - 1) / 2.0) * PARALLEL_GAP;
			Bounds s = scene.node(e.source()).symbolBounds();
			Bounds t = scene.node(e.target()).symbolBounds();
			e.setRoute(e.source().equals(e.target()) ? loop(s) : route(s, t, shift));
		}
	}

	/** @return an orthogonal route from the boundary of {@code s} to the boundary of {@code t} */
	static List<Point> route(Bounds s, Bounds t, double shift) {
		double overlapX0 = Math.max(s.x(), t.x());
		double overlapX1 = Math.min(s.right(), t.right());
		double overlapY0 = Math.max(s.y(), t.y());
		double overlapY1 = Math.min(s.bottom(), t.bottom());
		if (overlapX1 - overlapX0 >= 8 && (t.y() >= s.bottom() || s.y() >= t.bottom())) {
			double x = clamp((overlapX0 + overlapX1) / 2 + shift, overlapX0 + 2, overlapX1 - 2);
			x = preferCentre(x, s, t, true, shift);
			boolean down = t.y() >= s.bottom();
			return List.of(new Point(x, down ? s.bottom() : s.y()), new Point(x, down ? t.y() : t.bottom()));
		}
		if (overlapY1 - overlapY0 >= 8 && (t.x() >= s.right() || s.x() >= t.right())) {
			double y = clamp((overlapY0 + overlapY1) / 2 + shift, overlapY0 + 2, overlapY1 - 2);
			y = preferCentre(y, s, t, false, shift);
			boolean right = t.x() >= s.right();
			return List.of(new Point(right ? s.right() : s.x(), y), new Point(right ? t.x() : t.right(), y));
		}
		Point sc = s.center();
		Point tc = t.center();
		List<Point> r = new ArrayList<>(4);
		double dx = tc.x() - sc.x();
		double dy = tc.y() - sc.y();
		if (Math.abs(dx) >= Math.abs(dy)) {
			double sx = dx > 0 ? s.right() : s.x();
			double tx = dx > 0 ? t.x() : t.right();
			double midX = (sx + tx) / 2 + shift;
			r.add(new Point(sx, sc.y() + shift));
			r.add(new Point(midX, sc.y() + shift));
			r.add(new Point(midX, tc.y() + shift));
			r.add(new Point(tx, tc.y() + shift));
		} else {
			double sy = dy > 0 ? s.bottom() : s.y();
			double ty = dy > 0 ? t.y() : t.bottom();
			double midY = (sy + ty) / 2 + shift;
			r.add(new Point(sc.x() + shift, sy));
			r.add(new Point(sc.x() + shift, midY));
			r.add(new Point(tc.x() + shift, midY));
			r.add(new Point(tc.x() + shift, ty));
		}
		return r;
	}

	/**
	 * Round symbols should be met at their centre line, not at the edge of the overlap: if the
	 * centre of the smaller symbol lies in the overlap, use it (plus the parallel shift).
	 */
	private static double preferCentre(double value, Bounds s, Bounds t, boolean horizontalAxis, double shift) {
		Bounds small = s.width() * s.height() <= t.width() * t.height() ? s : t;
		Bounds large = small == s ? t : s;
		double c = horizontalAxis ? small.center().x() : small.center().y();
		double lo = horizontalAxis ? large.x() : large.y();
		double hi = horizontalAxis ? large.right() : large.bottom();
		return c > lo && c < hi ? c + shift : value;
	}

	private static List<Point> loop(Bounds b) {
		double x = b.right();
		double y = b.center().y();
		return List.of(new Point(x, y - 6), new Point(x + 20, y - 6), new Point(x + 20, y + 6), new Point(x, y + 6));
	}

	private static String pairKey(SceneEdge e) {
		return e.source().compareTo(e.target()) <= 0 ? e.source() + "\n" + e.target() : e.target() + "\n" + e.source();
	}

	private static double clamp(double v, double lo, double hi) {
		return Math.max(lo, Math.min(hi, v));
	}
}
