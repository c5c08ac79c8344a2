package org.cryostudio.diagram.core.render;

import java.util.List;

import org.cryostudio.diagram.core.scene.Bounds;
import org.cryostudio.diagram.core.scene.EdgeSymbol;
import org.cryostudio.diagram.core.scene.Point;
import org.cryostudio.diagram.core.scene.SceneEdge;

/**
 * Draws a connection: the line in the style of its kind, an arrow head where heat or gas flows
 * in, the glyph of the conductance element or heat path on the middle of its longest segment,
 * and the caption and values beside that glyph.
 */
public final class EdgePainter {

	/** half-length of a mid-line glyph along the line */
	static final double GLYPH = 9;

	private EdgePainter() {
	}

	public static void paint(Painter p, SceneEdge edge) {
		List<Point> route = edge.route();
		if (route.size() < 2) {
			return;
		}
		double[] xy = new double[route.size() * 2];
		for (int i = 0; i < route.size(); i++) {
			xy[2 * i] = route.get(i).x();
			xy[2 * i + 1] = route.get(i).y();
		}
		Segment mid = Segment.longest(route);
		switch (edge.symbol()) {
			case TUBE, ELBOW, ORIFICE, BAFFLE, VALVE_OPEN, VALVE_CLOSED, MOUNT -> {
				p.setStroke(Theme.INK, Theme.DUCT, false);
				p.polyline(xy);
			}
			case RECT_DUCT -> {
				p.setStroke(Theme.INK, 5.5, false);
				p.polyline(xy);
				p.setStroke(Theme.WHITE, 2.2, false);
				p.polyline(xy);
			}
			case GAS_FLOW -> {
				p.setStroke(Theme.GAS, Theme.LINE, true);
				p.polyline(xy);
				arrowHead(p, route, Theme.GAS);
			}
			case CONDUCTION -> {
				p.setStroke(Theme.INK, Theme.LINE, false);
				p.polyline(xy);
			}
			case RADIATION -> {
				p.setStroke(Theme.HEAT, Theme.LINE, false);
				wavy(p, route);
				arrowHead(p, route, Theme.HEAT);
			}
			case MLI -> {
				p.setStroke(Theme.HEAT, Theme.LINE, false);
				wavy(p, route);
				arrowHead(p, route, Theme.HEAT);
			}
			case GAS_CONDUCTION -> {
				p.setStroke(Theme.GAS, Theme.LINE, true);
				p.polyline(xy);
				arrowHead(p, route, Theme.GAS);
			}
			case COOLING -> {
				p.setStroke(Theme.COLD, 3.2, false);
				p.polyline(xy);
			}
			case HEAT_FLOW -> {
				p.setStroke(Theme.HEAT, Theme.LINE, false);
				p.polyline(xy);
				arrowHead(p, route, Theme.HEAT);
			}
			case GENERIC -> {
				p.setStroke(Theme.MUTED, 1.2, true);
				p.polyline(xy);
			}
		}
		glyph(p, edge, mid);
		label(p, edge, mid);
	}

	private static void glyph(Painter p, SceneEdge edge, Segment s) {
		double g = GLYPH;
		switch (edge.symbol()) {
			case VALVE_OPEN, VALVE_CLOSED -> {
				boolean closed = edge.symbol() == EdgeSymbol.VALVE_CLOSED;
				p.setStroke(Theme.INK, Theme.LINE, false);
				p.setFill(closed ? Theme.INK : Theme.WHITE);
				p.polygon(true, s.x(-g, -g * 0.7), s.y(-g, -g * 0.7), s.x(g, g * 0.7), s.y(g, g * 0.7), s.x(g, -g * 0.7),
						s.y(g, -g * 0.7), s.x(-g, g * 0.7), s.y(-g, g * 0.7));
			}
			case ORIFICE -> {
				p.setStroke(Theme.INK, 2.6, false);
				for (int side = -1; side <= 1; side += 2) {
					p.line(s.x(0, side * g), s.y(0, side * g), s.x(0, side * 2.5), s.y(0, side * 2.5));
				}
			}
			case BAFFLE -> {
				p.setStroke(Theme.INK, Theme.LINE, false);
				for (int k = -1; k <= 1; k += 2) {
					double a = k * 3.5;
					p.polyline(s.x(a - 3, -g), s.y(a - 3, -g), s.x(a + 3, 0), s.y(a + 3, 0), s.x(a - 3, g), s.y(a - 3, g));
				}
			}
			case ELBOW -> {
				p.setStroke(Theme.INK, Theme.LINE, false);
				p.polyline(s.x(-g, -g * 0.8), s.y(-g, -g * 0.8), s.x(-g * 0.2, -g * 0.8), s.y(-g * 0.2, -g * 0.8),
						s.x(-g * 0.2, g * 0.2), s.y(-g * 0.2, g * 0.2));
			}
			case CONDUCTION -> {
				p.setStroke(Theme.INK, Theme.LINE, false);
				p.setFill(Theme.WHITE);
				p.rectangle(true, s.cx() - g, s.cy() - g, 2 * g, 2 * g);
				p.polyline(s.x(-g, 0), s.y(-g, 0), s.x(-g * 0.6, -g * 0.5), s.y(-g * 0.6, -g * 0.5), s.x(-g * 0.2, g * 0.5),
						s.y(-g * 0.2, g * 0.5), s.x(g * 0.2, -g * 0.5), s.y(g * 0.2, -g * 0.5), s.x(g * 0.6, g * 0.5),
						s.y(g * 0.6, g * 0.5), s.x(g, 0), s.y(g, 0));
			}
			case MLI -> {
				p.setStroke(Theme.INK, 1, false);
				p.setFill(Theme.WHITE);
				p.polygon(true, s.x(-g * 0.6, -g), s.y(-g * 0.6, -g), s.x(g * 0.6, -g), s.y(g * 0.6, -g), s.x(g * 0.6, g),
						s.y(g * 0.6, g), s.x(-g * 0.6, g), s.y(-g * 0.6, g));
				for (int k = -2; k <= 2; k++) {
					double a = k * g * 0.25;
					p.line(s.x(a, -g), s.y(a, -g), s.x(a, g), s.y(a, g));
				}
			}
			default -> {
				// plain lines carry no glyph
			}
		}
	}

	/** @return where {@link #paint} puts the edge's caption and values, null when it has none */
	public static Bounds labelBounds(TextMeasure m, SceneEdge edge) {
		if (edge.route().size() < 2 || edge.caption().isEmpty() && edge.values().isEmpty()) {
			return null;
		}
		Segment s = Segment.longest(edge.route());
		boolean vertical = Math.abs(s.uy()) > Math.abs(s.ux());
		double lh = m.lineHeight(TextStyle.SMALL);
		int lines = (edge.caption().isEmpty() ? 0 : 1) + edge.values().size();
		double w = m.width(edge.caption(), TextStyle.SMALL);
		for (String v : edge.values()) {
			w = Math.max(w, m.width(v, TextStyle.SMALL));
		}
		int side = edge.labelSide();
		double x = vertical ? (side >= 0 ? s.cx() + GLYPH + 4 : s.cx() - GLYPH - 4 - w) : s.cx() - w / 2;
		// beside a vertical segment; above a horizontal one, or below it for the lower of parallel edges
		double y = vertical ? s.cy() - lines * lh / 2 : side <= 0 ? s.cy() - GLYPH - 3 - lines * lh : s.cy() + GLYPH + 3;
		return new Bounds(x, y, w, lines * lh);
	}

	private static void label(Painter p, SceneEdge edge, Segment s) {
		Bounds b = labelBounds(p, edge);
		if (b == null) {
			return;
		}
		boolean vertical = Math.abs(s.uy()) > Math.abs(s.ux());
		double lh = p.lineHeight(TextStyle.SMALL);
		Painter.Align align = !vertical ? Painter.Align.CENTER : edge.labelSide() >= 0 ? Painter.Align.LEFT : Painter.Align.RIGHT;
		double x = !vertical ? b.center().x() : edge.labelSide() >= 0 ? b.x() : b.right();
		double y = b.y();
		if (!edge.caption().isEmpty()) {
			p.setStroke(Theme.INK, 1, false);
			p.text(edge.caption(), x, y, align, TextStyle.SMALL);
			y += lh;
		}
		p.setStroke(Theme.MUTED, 1, false);
		for (String v : edge.values()) {
			p.text(v, x, y, align, TextStyle.SMALL);
			y += lh;
		}
	}

	private static void arrowHead(Painter p, List<Point> route, Rgb color) {
		Point tip = route.get(route.size() - 1);
		Point from = route.get(route.size() - 2);
		double d = tip.distance(from);
		if (d == 0) {
			return;
		}
		double ux = (tip.x() - from.x()) / d;
		double uy = (tip.y() - from.y()) / d;
		double len = 9;
		double half = 4;
		p.setStroke(color, 1, false);
		p.setFill(color);
		p.polygon(true, tip.x(), tip.y(), tip.x() - ux * len - uy * half, tip.y() - uy * len + ux * half,
				tip.x() - ux * len + uy * half, tip.y() - uy * len - ux * half);
	}

	/** A sine wave along each segment, flat over the last few units so the arrow head sits clean. */
	private static void wavy(Painter p, List<Point> route) {
		for (int i = 0; i + 1 < route.size(); i++) {
			Point a = route.get(i);
			Point b = route.get(i + 1);
			double d = a.distance(b);
			boolean last = i + 2 == route.size();
			double flat = last ? Math.min(12, d) : 0;
			double wavyLength = d - flat;
			int n = Math.max(2, (int) (wavyLength / 2));
			double ux = (b.x() - a.x()) / Math.max(d, 1e-9);
			double uy = (b.y() - a.y()) / Math.max(d, 1e-9);
			double[] xy = new double[2 * (n + 2)];
			for (int k = 0; k <= n; k++) {
				double t = wavyLength * k / n;
				double off = Math.sin(t / 12 * 2 * Math.PI) * 3;
				xy[2 * k] = a.x() + ux * t - uy * off;
				xy[2 * k + 1] = a.y() + uy * t + ux * off;
			}
			xy[2 * (n + 1)] = b.x();
			xy[2 * (n + 1) + 1] = b.y();
			p.polyline(xy);
		}
	}
}
