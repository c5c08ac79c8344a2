package org.cryostudio.diagram.core.scene;

import java.util.List;

/**
 * A node of a schematic: a symbol with its caption and values. Size is set when the scene is
 * measured, position when it is laid out; {@link #symbolBounds()} is the part edges attach to.
 */
public final class SceneNode extends SceneElement {

	private final NodeSymbol symbol;
	private double x;
	private double y;
	private double width;
	private double height;
	private Bounds symbolBox = Bounds.EMPTY;
	private double temperature = Double.NaN;

	public SceneNode(String id, String element, String caption, NodeSymbol symbol, List<String> values) {
		super(id, element, caption, values);
		this.symbol = symbol;
	}

	public NodeSymbol symbol() {
		return symbol;
	}

	public Bounds bounds() {
		return new Bounds(x, y, width, height);
	}

	/** @return where the symbol itself is drawn, in diagram coordinates (edges end on it) */
	public Bounds symbolBounds() {
		return new Bounds(x + symbolBox.x(), y + symbolBox.y(), symbolBox.width(), symbolBox.height());
	}

	public Point position() {
		return new Point(x, y);
	}

	public void moveTo(Point p) {
		x = p.x();
		y = p.y();
	}

	/** Sets the node's size and the symbol's box relative to the node's top-left corner. */
	public void resize(double w, double h, Bounds symbolRelative) {
		width = w;
		height = h;
		symbolBox = symbolRelative;
	}

	/** @return the temperature the node is at in kelvin (stages, shields, baths), NaN when unknown */
	public double temperature() {
		return temperature;
	}

	public SceneNode withTemperature(double kelvin) {
		temperature = kelvin;
		return this;
	}

	public double width() {
		return width;
	}

	public double height() {
		return height;
	}
}
