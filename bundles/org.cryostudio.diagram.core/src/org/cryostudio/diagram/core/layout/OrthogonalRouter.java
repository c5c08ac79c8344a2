package org.cryostudio.diagram.core.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cryostudio.diagram.core.scene.Bounds;
import org.cryostudio.diagram.core.scene.Point;
import org.cryostudio.diagram.core.scene.Scene;
import org.cryostudio.diagram.core.scene.SceneEdge;
import org.cryostudio.diagram.core.scene.SceneNode;

/**
 * Routes every edge between the symbols of its nodes with horizontal and vertical segments, as
 * piping schematics are drawn: a straight line where the symbols face each other, otherwise a
 * Z with its bend half-way. A line leaving a node downwards starts under its labels, never
 * through them. Parallel edges between the same two nodes are spread apart, labels outwards.
 * Routing depends only on node positions, so it is cheap to redo while a node is dragged.
 */
public final class OrthogonalRouter {

	static final double PARALLEL_GAP = 12;
	static final double LABELLED_GAP = 44;

	private OrthogonalRouter() {
	}

	public static void route(Scene scene) {
		Map<String, Integer> seen = new HashMap<>();
		Map<String, Integer> total = new HashMap<>();
		Map<String, Boolean> labelled = new HashMap<>();
		for (SceneEdge e : scene.edges()) {
			total.merge(pairKey(e), 1, Integer::sum);
			labelled.merge(pairKey(e), !e.caption().isEmpty() || !e.values().isEmpty(), Boolean::logicalOr);
		}
		for (SceneEdge e : scene.edges()) {
			String key = pairKey(e);
			int index = seen.merge(key, 1, Integer::sum) - 1;
			int n = total.get(key);
			// labelled parallel edges need room between them for their glyphs
			double gap = labelled.get(key) ? LABELLED_GAP : PARALLEL_GAP;
			double shift = (index - (n - 1) / 2.0) * gap;
			SceneNode sn = scene.node(e.source());
			SceneNode tn = scene.node(e.target());
			e.setLabelSide(n == 1 ? 0 : index < n / 2 ? -1 : 1);
			e.setRoute(e.source().equals(e.target()) ? loop(sn.symbolBounds())
					: route(sn.symbolBounds(), sn.bounds().bottom(), tn.symbolBounds(), tn.bounds().bottom(), shift));
		}
	}

	/**
	 * @param s       the source's symbol
	 * @param sBottom the bottom of the source's labels: a line leaving downwards starts there
	 * @return an orthogonal route from the boundary of {@code s} to the boundary of {@code t}
	 */
	static List<Point> route(Bounds s, double sBottom, Bounds t, double tBottom, double shift) {
		double overlapX0 = Math.max(s.x(), t.x());
		double overlapX1 = Math.min(s.right(), t.right());
		double overlapY0 = Math.max(s.y(), t.y());
		double overlapY1 = Math.min(s.bottom(), t.bottom());
		if (overlapX1 - overlapX0 >= 8 && (t.y() >= sBottom || s.y() >= tBottom)) {
			double x = clamp((overlapX0 + overlapX1) / 2 + shift, overlapX0 + 2, overlapX1 - 2);
			x = preferCentre(x, s, t, true, shift);
			boolean down = t.y() >= sBottom;
			return List.of(new Point(x, down ? sBottom : s.y()), new Point(x, down ? t.y() : tBottom));
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
		boolean beside = dx > 0 ? t.x() > s.right() : t.right() < s.x();
		boolean verticalRoom = dy > 0 ? t.y() >= sBottom : s.y() >= tBottom;
		if (!verticalRoom || Math.abs(dx) >= Math.abs(dy) && beside) {
			double sx = dx > 0 ? s.right() : s.x();
			double tx = dx > 0 ? t.x() : t.right();
			double midX = (sx + tx) / 2 + shift;
			r.add(new Point(sx, sc.y() + shift));
			r.add(new Point(midX, sc.y() + shift));
			r.add(new Point(midX, tc.y() + shift));
			r.add(new Point(tx, tc.y() + shift));
		} else {
			double sy = dy > 0 ? sBottom : s.y();
			double ty = dy > 0 ? t.y() : tBottom;
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
