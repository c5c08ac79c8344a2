package org.cryostudio.diagram.core.render;

import org.cryostudio.diagram.core.scene.Bounds;
import org.cryostudio.diagram.core.scene.NodeSymbol;

/**
 * Draws the symbol of a node inside its symbol box. Vacuum symbols after ISO 3753: a pump is a
 * circle with its mechanism drawn inside (eccentric rotor, turbine blades, snowflake of a
 * cryopump, Penning cells of an ion pump, filament of a sublimation pump, getter strip).
 */
public final class SymbolPainter {

	private SymbolPainter() {
	}

	/**
	 * @param tint colour for temperature-bearing symbols (stages, shields); ignored by others
	 */
	public static void paint(Painter p, NodeSymbol symbol, Bounds b, Rgb tint) {
		double x = b.x();
		double y = b.y();
		double w = b.width();
		double h = b.height();
		double cx = x + w / 2;
		double cy = y + h / 2;
		double r = Math.min(w, h) / 2;
		switch (symbol) {
			case CHAMBER -> {
				p.setStroke(Theme.INK, 2.2, false);
				p.setFill(Theme.CHAMBER_FILL);
				p.rectangle(true, x, y, w, h);
			}
			case GENERIC -> {
				p.setStroke(Theme.MUTED, Theme.LINE, true);
				p.setFill(Theme.SYMBOL_FILL);
				p.roundRectangle(true, x, y, w, h, 8);
			}
			case JUNCTION -> {
				p.setStroke(Theme.INK, Theme.LINE, false);
				p.setFill(Theme.INK);
				p.oval(true, x, y, w, h);
			}
			case ROUGHING_PUMP -> {
				pumpCircle(p, cx, cy, r);
				// rotary pump: eccentric rotor touching the housing
				double rr = r * 0.55;
				p.oval(false, cx - rr, cy - r * 0.9 + 0.5, 2 * rr, 2 * rr);
				p.line(cx, cy - r * 0.9 + rr, cx, cy + r * 0.75);
			}
			case TURBO_PUMP -> {
				pumpCircle(p, cx, cy, r);
				// turbomolecular pump: two rows of inclined rotor blades on a shaft
				p.line(cx, cy - r * 0.8, cx, cy + r * 0.8);
				for (int row = -1; row <= 1; row += 2) {
					double by = cy + row * r * 0.32;
					for (int i = -2; i <= 2; i++) {
						if (i == 0) {
							continue;
						}
						double bx = cx + i * r * 0.28;
						p.line(bx - r * 0.1, by + r * 0.14, bx + r * 0.1, by - r * 0.14);
					}
				}
			}
			case CRYOPUMP -> {
				pumpCircle(p, cx, cy, r);
				snowflake(p, cx, cy, r * 0.62, Theme.COLD);
			}
			case ION_PUMP -> {
				pumpCircle(p, cx, cy, r);
				// Penning cells between two cathode plates
				double s = r * 0.36;
				p.line(cx - 1.5 * s, cy - s * 1.1, cx + 1.5 * s, cy - s * 1.1);
				p.line(cx - 1.5 * s, cy + s * 1.1, cx + 1.5 * s, cy + s * 1.1);
				for (int i = -1; i <= 1; i++) {
					p.rectangle(false, cx + i * s - s * 0.4, cy - s * 0.6, s * 0.8, s * 1.2);
				}
			}
			case SUBLIMATION_PUMP -> {
				pumpCircle(p, cx, cy, r);
				// titanium filament as a zig-zag
				double s = r * 0.6;
				p.polyline(cx - s, cy, cx - s * 0.6, cy - s * 0.5, cx - s * 0.2, cy + s * 0.5, cx + s * 0.2, cy - s * 0.5,
						cx + s * 0.6, cy + s * 0.5, cx + s, cy);
			}
			case GETTER_PUMP -> {
				pumpCircle(p, cx, cy, r);
				// non-evaporable getter strip: hatched bar
				double s = r * 0.6;
				p.rectangle(false, cx - s, cy - s * 0.35, 2 * s, s * 0.7);
				for (int i = 0; i < 5; i++) {
					double hx = cx - s + i * s * 0.45;
					p.line(hx, cy + s * 0.35, hx + s * 0.35, cy - s * 0.35);
				}
			}
			case COLD_TRAP -> {
				pumpCircle(p, cx, cy, r);
				// a cold finger (U) with a small frost mark
				double s = r * 0.5;
				p.polyline(cx - s * 0.6, cy - s * 1.2, cx - s * 0.6, cy + s * 0.6, cx + s * 0.6, cy + s * 0.6, cx + s * 0.6,
						cy - s * 1.2);
				snowflake(p, cx, cy - s * 0.2, s * 0.45, Theme.COLD);
			}
			case GAS_SOURCE -> {
				// a wall (hatched) giving off gas: three wavy arrows
				p.setStroke(Theme.GAS, Theme.LINE, false);
				p.line(x + w * 0.1, y + h * 0.85, x + w * 0.9, y + h * 0.85);
				for (int i = 0; i < 5; i++) {
					double hx = x + w * (0.14 + i * 0.17);
					p.line(hx, y + h, hx + w * 0.1, y + h * 0.85);
				}
				for (int i = -1; i <= 1; i++) {
					wavyArrow(p, cx + i * w * 0.26, y + h * 0.75, y + h * 0.1);
				}
			}
			case LEAK -> {
				// a drop entering through a crack
				p.setStroke(Theme.GAS, Theme.LINE, false);
				p.setFill(Theme.SYMBOL_FILL);
				p.polyline(x + w * 0.15, y + h * 0.2, x + w * 0.45, y + h * 0.45, x + w * 0.3, y + h * 0.6, x + w * 0.6,
						y + h * 0.85);
				p.setFill(Theme.GAS);
				p.polygon(true, cx + r * 0.45, cy - r * 0.7, cx + r * 0.85, cy, cx + r * 0.45, cy + r * 0.25, cx + r * 0.05,
						cy);
			}
			case GAS_INLET -> {
				// gas bottle feeding a flow: a circle with an inward arrow
				p.setStroke(Theme.GAS, Theme.LINE, false);
				p.setFill(Theme.SYMBOL_FILL);
				p.oval(true, cx - r, cy - r, 2 * r, 2 * r);
				p.line(cx - r * 0.6, cy, cx + r * 0.3, cy);
				p.setFill(Theme.GAS);
				p.polygon(true, cx + r * 0.65, cy, cx + r * 0.2, cy - r * 0.3, cx + r * 0.2, cy + r * 0.3);
			}
			case STAGE -> {
				p.setStroke(Theme.INK, 1.2, false);
				p.setFill(tint);
				p.rectangle(true, x, y, w, h);
			}
			case SHIELD -> {
				// a shield surrounds what is colder: a bracket open downwards
				p.setStroke(tint, 3.2, false);
				p.polyline(x + 1.5, y + h, x + 1.5, y + 1.5, x + w - 1.5, y + 1.5, x + w - 1.5, y + h);
				p.setStroke(tint, 1, true);
				p.line(x + 6, y + h * 0.7, x + w - 6, y + h * 0.7);
			}
			case COOLER -> {
				// cryocooler: a cold head (box) with a snowflake and its compressor line
				p.setStroke(Theme.INK, Theme.LINE, false);
				p.setFill(Theme.SYMBOL_FILL);
				p.roundRectangle(true, x + w * 0.1, y, w * 0.8, h, 6);
				p.line(x + w * 0.1, y + h * 0.3, x + w * 0.9, y + h * 0.3);
				snowflake(p, cx, y + h * 0.65, r * 0.42, Theme.COLD);
			}
			case BATH -> {
				// a dewar with the liquid level
				p.setStroke(Theme.INK, Theme.LINE, false);
				p.setFill(Theme.SYMBOL_FILL);
				p.polyline(x + w * 0.12, y, x + w * 0.12, y + h, x + w * 0.88, y + h, x + w * 0.88, y);
				p.setFill(Theme.CHAMBER_FILL);
				p.rectangle(true, x + w * 0.18, y + h * 0.45, w * 0.64, h * 0.5);
				p.setStroke(Theme.COLD, Theme.LINE, false);
				wave(p, x + w * 0.18, x + w * 0.82, y + h * 0.45, h * 0.05, 3);
			}
			case EXPANSION -> {
				// expansion: a nozzle (converging triangle) in a circle
				pumpCircle(p, cx, cy, r);
				p.polygon(false, cx - r * 0.6, cy - r * 0.45, cx + r * 0.5, cy, cx - r * 0.6, cy + r * 0.45);
				p.line(cx + r * 0.5, cy - r * 0.4, cx + r * 0.5, cy + r * 0.4);
			}
			case HEAT_LOAD -> {
				// a heater: resistor zig-zag with an arrow below
				p.setStroke(Theme.HEAT, Theme.LINE, false);
				p.setFill(Theme.SYMBOL_FILL);
				p.roundRectangle(true, x, y, w, h * 0.6, 4);
				double zy = y + h * 0.3;
				p.polyline(x + w * 0.12, zy, x + w * 0.25, zy - h * 0.15, x + w * 0.4, zy + h * 0.15, x + w * 0.55,
						zy - h * 0.15, x + w * 0.7, zy + h * 0.15, x + w * 0.88, zy);
				p.line(cx, y + h * 0.6, cx, y + h);
				p.setFill(Theme.HEAT);
				p.polygon(true, cx - w * 0.1, y + h * 0.82, cx + w * 0.1, y + h * 0.82, cx, y + h);
			}
		}
	}

	private static void pumpCircle(Painter p, double cx, double cy, double r) {
		p.setStroke(Theme.INK, Theme.LINE, false);
		p.setFill(Theme.SYMBOL_FILL);
		p.oval(true, cx - r, cy - r, 2 * r, 2 * r);
	}

	/** Six arms with a pair of twigs each. */
	static void snowflake(Painter p, double cx, double cy, double r, Rgb color) {
		p.setStroke(color, 1.4, false);
		for (int i = 0; i < 6; i++) {
			double a = Math.PI / 2 + i * Math.PI / 3;
			double ux = Math.cos(a);
			double uy = -Math.sin(a);
			p.line(cx, cy, cx + ux * r, cy + uy * r);
			double tx = cx + ux * r * 0.6;
			double ty = cy + uy * r * 0.6;
			for (int s = -1; s <= 1; s += 2) {
				double b = a + s * Math.PI / 4;
				p.line(tx, ty, tx + Math.cos(b) * r * 0.3, ty - Math.sin(b) * r * 0.3);
			}
		}
	}

	private static void wavyArrow(Painter p, double x, double yFrom, double yTo) {
		int n = 12;
		double[] xy = new double[2 * (n + 1)];
		for (int i = 0; i <= n; i++) {
			double t = (double) i / n;
			xy[2 * i] = x + Math.sin(t * 2 * Math.PI) * 2.5;
			xy[2 * i + 1] = yFrom + (yTo - yFrom) * t;
		}
		p.polyline(xy);
		p.setFill(Theme.GAS);
		p.polygon(true, x - 3, yTo + 4, x + 3, yTo + 4, x, yTo - 1);
	}

	private static void wave(Painter p, double x0, double x1, double y, double amp, int periods) {
		int n = periods * 8;
		double[] xy = new double[2 * (n + 1)];
		for (int i = 0; i <= n; i++) {
			double t = (double) i / n;
			xy[2 * i] = x0 + (x1 - x0) * t;
			xy[2 * i + 1] = y + Math.sin(t * periods * 2 * Math.PI) * amp;
		}
		p.polyline(xy);
	}
}
