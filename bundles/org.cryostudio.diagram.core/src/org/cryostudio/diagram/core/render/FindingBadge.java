package org.cryostudio.diagram.core.render;

import org.cryostudio.diagram.core.scene.Bounds;
import org.cryostudio.diagram.core.scene.Point;
import org.cryostudio.diagram.core.scene.SceneEdge;
import org.cryostudio.diagram.core.scene.SceneElement;
import org.cryostudio.diagram.core.scene.SceneNode;
import org.cryostudio.diagram.core.scene.Severity;

/**
 * The marker of the worst validation finding on an element, drawn like the Problems view's:
 * a red disc with a cross for errors, an amber triangle with "!" for warnings, a blue disc with
 * "i" for information. It sits on the symbol's top-right corner (on the middle of an edge).
 */
public final class FindingBadge {

	public static final double SIZE = 14;

	private FindingBadge() {
	}

	/** @return where the badge of {@code e} is drawn, or null when it has no finding */
	public static Bounds bounds(SceneElement e) {
		if (e.severity() == Severity.NONE) {
			return null;
		}
		Point c;
		if (e instanceof SceneNode n) {
			Bounds s = n.symbolBounds();
			c = new Point(s.right() - 2, s.y() + 2);
		} else {
			SceneEdge edge = (SceneEdge) e;
			if (edge.route().size() < 2) {
				return null;
			}
			Segment mid = Segment.longest(edge.route());
			c = new Point(mid.x(0, -EdgePainter.GLYPH - SIZE / 2), mid.y(0, -EdgePainter.GLYPH - SIZE / 2));
		}
		return new Bounds(c.x() - SIZE / 2, c.y() - SIZE / 2, SIZE, SIZE);
	}

	public static void paint(Painter p, SceneElement e) {
		Bounds b = bounds(e);
		if (b == null) {
			return;
		}
		double x = b.x();
		double y = b.y();
		double s = SIZE;
		switch (e.severity()) {
			case ERROR -> {
				p.setStroke(Theme.WHITE, 1.2, false);
				p.setFill(Theme.ERROR);
				p.oval(true, x, y, s, s);
				p.setStroke(Theme.WHITE, 2, false);
				p.line(x + s * 0.3, y + s * 0.3, x + s * 0.7, y + s * 0.7);
				p.line(x + s * 0.7, y + s * 0.3, x + s * 0.3, y + s * 0.7);
			}
			case WARNING -> {
				p.setStroke(Theme.WHITE, 1.2, false);
				p.setFill(Theme.WARNING);
				p.polygon(true, x + s / 2, y - 1, x + s + 1, y + s, x - 1, y + s);
				p.setStroke(Theme.INK, 1.8, false);
				p.line(x + s / 2, y + s * 0.3, x + s / 2, y + s * 0.65);
				p.line(x + s / 2, y + s * 0.78, x + s / 2, y + s * 0.86);
			}
			case INFO -> {
				p.setStroke(Theme.WHITE, 1.2, false);
				p.setFill(Theme.INFO);
				p.oval(true, x, y, s, s);
				p.setStroke(Theme.WHITE, 1.8, false);
				p.line(x + s / 2, y + s * 0.42, x + s / 2, y + s * 0.78);
				p.line(x + s / 2, y + s * 0.22, x + s / 2, y + s * 0.3);
			}
			case NONE -> {
				// nothing to show
			}
		}
	}
}
