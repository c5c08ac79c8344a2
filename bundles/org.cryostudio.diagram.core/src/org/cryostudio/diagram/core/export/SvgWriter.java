package org.cryostudio.diagram.core.export;

import java.util.Set;

import org.cryostudio.diagram.core.render.AwtPainter;
import org.cryostudio.diagram.core.render.AwtTextMeasure;
import org.cryostudio.diagram.core.render.ScenePainter;
import org.cryostudio.diagram.core.render.Theme;
import org.cryostudio.diagram.core.scene.Bounds;
import org.cryostudio.diagram.core.scene.Scene;
import org.jfree.svg.SVGGraphics2D;

/** A laid-out scene as a standalone SVG document (JFreeSVG), text kept as text; the svg element can be inlined in HTML. */
public final class SvgWriter {

	static final double MARGIN = 16;

	private SvgWriter() {
	}

	public static String write(Scene scene) {
		Bounds b = frame(scene);
		SVGGraphics2D g = new SVGGraphics2D(b.width(), b.height());
		g.setColor(new java.awt.Color(Theme.BACKGROUND.red(), Theme.BACKGROUND.green(), Theme.BACKGROUND.blue()));
		g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, b.width(), b.height()));
		g.translate(-b.x(), -b.y());
		ScenePainter.paint(new AwtPainter(g), scene, Set.of());
		// no DOCTYPE: the SVG 1.1 DTD is obsolete and makes XML parsers fetch it from w3.org
		return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n";
	}

	/** @return the scene's extent with a margin, at least 1 x 1 */
	static Bounds frame(Scene scene) {
		Bounds e = ScenePainter.extent(scene, AwtTextMeasure.get());
		if (e == Bounds.EMPTY) {
			return new Bounds(0, 0, 2 * MARGIN, 2 * MARGIN);
		}
		Bounds f = e.expand(MARGIN);
		return new Bounds(Math.floor(f.x()), Math.floor(f.y()), Math.ceil(f.width()), Math.ceil(f.height()));
	}
}
