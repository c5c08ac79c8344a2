package org.cryostudio.diagram.core.render;

import org.cryostudio.diagram.core.scene.Bounds;
import org.cryostudio.diagram.core.scene.SceneNode;

/** Draws one node: its symbol, caption and values, centred as {@link NodeGeometry} placed them. */
public final class NodePainter {

	private NodePainter() {
	}

	public static void paint(Painter p, SceneNode node) {
		Bounds s = node.symbolBounds();
		SymbolPainter.paint(p, node.symbol(), s, Theme.temperature(node.temperature()));
		double cx = node.bounds().center().x();
		double y = NodeGeometry.textTop(node, p);
		p.setStroke(Theme.INK, 1, false);
		p.text(node.caption(), cx, y, Painter.Align.CENTER, TextStyle.CAPTION);
		y += p.lineHeight(TextStyle.CAPTION);
		p.setStroke(Theme.MUTED, 1, false);
		for (String v : node.values()) {
			p.text(v, cx, y, Painter.Align.CENTER, TextStyle.VALUE);
			y += p.lineHeight(TextStyle.VALUE);
		}
	}
}
