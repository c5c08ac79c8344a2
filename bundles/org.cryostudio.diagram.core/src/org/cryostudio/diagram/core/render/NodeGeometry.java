package org.cryostudio.diagram.core.render;

import org.cryostudio.diagram.core.scene.Bounds;
import org.cryostudio.diagram.core.scene.NodeSymbol.Shape;
import org.cryostudio.diagram.core.scene.SceneNode;

/**
 * Sizes a node from its symbol and texts, and says where its text goes. Measuring and painting
 * both ask this class, so a node is always as large as what is drawn in it.
 */
public final class NodeGeometry {

	/** side of a round icon */
	public static final double ICON = 44;
	/** height of a stage bar */
	public static final double BAR = 12;
	public static final double DOT = 10;
	static final double GAP = 4;
	static final double PAD = 8;
	static final double BOX_MIN_WIDTH = 120;
	static final double BOX_MIN_HEIGHT = 56;
	static final double BAR_MIN_WIDTH = 160;

	private NodeGeometry() {
	}

	/** Sets the node's size and symbol box from its texts. */
	public static void measure(SceneNode node, TextMeasure m) {
		double text = textWidth(node, m);
		double lines = textHeight(node, m);
		switch (node.symbol().shape()) {
			case BOX -> {
				double w = Math.max(BOX_MIN_WIDTH, text + 2 * PAD + 8);
				double h = Math.max(BOX_MIN_HEIGHT, lines + 2 * PAD);
				node.resize(w, h, new Bounds(0, 0, w, h));
			}
			case BAR -> {
				double w = Math.max(BAR_MIN_WIDTH, text + 2 * PAD);
				node.resize(w, BAR + GAP + lines, new Bounds(0, 0, w, BAR));
			}
			case ICON, DOT -> {
				double s = node.symbol().shape() == Shape.DOT ? DOT : ICON;
				double w = Math.max(s + 2 * PAD, text + 4);
				node.resize(w, s + GAP + lines, new Bounds((w - s) / 2, 0, s, s));
			}
		}
	}

	/** @return the y of the first text line, in diagram coordinates */
	public static double textTop(SceneNode node, TextMeasure m) {
		Bounds b = node.bounds();
		if (node.symbol().shape() == Shape.BOX) {
			return b.y() + (b.height() - textHeight(node, m)) / 2;
		}
		return node.symbolBounds().bottom() + GAP;
	}

	/** @return the rectangle of the caption line, where an in-place rename editor goes */
	public static Bounds captionBounds(SceneNode node, TextMeasure m) {
		Bounds b = node.bounds();
		double h = m.lineHeight(TextStyle.CAPTION);
		double w = Math.max(80, m.width(node.caption(), TextStyle.CAPTION) + 16);
		return new Bounds(b.center().x() - w / 2, textTop(node, m), w, h);
	}

	static double textWidth(SceneNode node, TextMeasure m) {
		double w = m.width(node.caption(), TextStyle.CAPTION);
		for (String v : node.values()) {
			w = Math.max(w, m.width(v, TextStyle.VALUE));
		}
		return w;
	}

	static double textHeight(SceneNode node, TextMeasure m) {
		return m.lineHeight(TextStyle.CAPTION) + node.values().size() * m.lineHeight(TextStyle.VALUE);
	}
}
