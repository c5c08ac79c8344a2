package org.cryostudio.diagram.core.render;

import java.util.Set;

import org.cryostudio.diagram.core.scene.Bounds;
import org.cryostudio.diagram.core.scene.Point;
import org.cryostudio.diagram.core.scene.Scene;
import org.cryostudio.diagram.core.scene.SceneEdge;
import org.cryostudio.diagram.core.scene.SceneNode;

/**
 * Draws a laid-out scene: edges under nodes, finding badges on top, and the selection (scene
 * element ids) as a highlight. Used unchanged by the editor canvas and by the exports.
 */
public final class ScenePainter {

	private ScenePainter() {
	}

	public static void paint(Painter p, Scene scene, Set<String> selected) {
		for (SceneEdge e : scene.edges()) {
			if (selected.contains(e.id()) && e.route().size() >= 2) {
				highlight(p, e);
			}
			EdgePainter.paint(p, e);
		}
		for (SceneNode n : scene.nodes()) {
			if (selected.contains(n.id())) {
				Bounds b = n.bounds().expand(4);
				p.setStroke(Theme.SELECTION, 1.5, false);
				p.setFill(new Rgb(229, 241, 251));
				p.roundRectangle(true, b.x(), b.y(), b.width(), b.height(), 8);
			}
			NodePainter.paint(p, n);
		}
		for (SceneEdge e : scene.edges()) {
			FindingBadge.paint(p, e);
		}
		for (SceneNode n : scene.nodes()) {
			FindingBadge.paint(p, n);
		}
	}

	/** @return the rectangle everything {@link #paint} draws covers: nodes, routes and edge labels */
	public static Bounds extent(Scene scene, TextMeasure m) {
		Bounds b = scene.extent();
		for (SceneEdge e : scene.edges()) {
			Bounds label = EdgePainter.labelBounds(m, e);
			if (label != null) {
				b = b.union(label);
			}
			Bounds badge = FindingBadge.bounds(e);
			if (badge != null) {
				b = b.union(badge);
			}
		}
		for (SceneNode n : scene.nodes()) {
			Bounds badge = FindingBadge.bounds(n);
			if (badge != null) {
				b = b.union(badge);
			}
		}
		return b;
	}

	private static void highlight(Painter p, SceneEdge e) {
		double[] xy = new double[e.route().size() * 2];
		int i = 0;
		for (Point pt : e.route()) {
			xy[i++] = pt.x();
			xy[i++] = pt.y();
		}
		p.setStroke(new Rgb(160, 200, 240), 9, false);
		p.polyline(xy);
	}
}
