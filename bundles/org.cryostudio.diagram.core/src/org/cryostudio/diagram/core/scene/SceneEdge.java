package org.cryostudio.diagram.core.scene;

import java.util.List;

/** A connection between two nodes: a conductance element, a heat path, a mounting. */
public final class SceneEdge extends SceneElement {

	private final EdgeSymbol symbol;
	private final String source;
	private final String target;
	private List<Point> route = List.of();
	private int labelSide;

	/**
	 * @param source id of the node the edge starts at
	 * @param target id of the node it ends at (arrows point here)
	 */
	public SceneEdge(String id, String element, String caption, EdgeSymbol symbol, String source, String target,
			List<String> values) {
		super(id, element, caption, values);
		this.symbol = symbol;
		this.source = source;
		this.target = target;
	}

	public EdgeSymbol symbol() {
		return symbol;
	}

	public String source() {
		return source;
	}

	public String target() {
		return target;
	}

	/** @return the polyline from the source's symbol boundary to the target's, empty before routing */
	public List<Point> route() {
		return route;
	}

	public void setRoute(List<Point> points) {
		route = List.copyOf(points);
	}

	/**
	 * @return 0 for the usual place of the label (right of a vertical line, above a horizontal
	 *         one); for parallel edges -1 left or above, +1 right or below
	 */
	public int labelSide() {
		return labelSide;
	}

	/** Set by the router so that parallel edges put their labels on their outer sides. */
	public void setLabelSide(int side) {
		labelSide = Integer.signum(side);
	}
}
