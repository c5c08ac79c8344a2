package org.cryostudio.diagram.core.scene;

/**
 * What a connection is drawn as: a line (solid, dashed, wavy) with an optional glyph in its
 * middle that names the conductance element or the kind of heat path.
 */
public enum EdgeSymbol {
	/** circular tube: a plain duct line */
	TUBE,
	/** rectangular duct: a double line */
	RECT_DUCT,
	/** elbow: a duct line with a bend mark */
	ELBOW,
	/** orifice or aperture: two bars narrowing the line */
	ORIFICE,
	/** baffle or chevron: a zig-zag across the line */
	BAFFLE,
	/** valve, open: a bow-tie */
	VALVE_OPEN,
	/** valve, closed: a filled bow-tie */
	VALVE_CLOSED,
	/** gas entering a volume from a source (dashed arrow) */
	GAS_FLOW,
	/** a pump mounted directly on a volume */
	MOUNT,
	/** conduction through supports, tubes, wires: a resistor zig-zag */
	CONDUCTION,
	/** radiation between surfaces: a wavy arrow */
	RADIATION,
	/** radiation through multilayer insulation: hatched band */
	MLI,
	/** residual-gas conduction: dotted */
	GAS_CONDUCTION,
	/** a cooler or bath holding a stage cold: a thick line */
	COOLING,
	/** heat flowing into a stage from a load (arrow) */
	HEAT_FLOW,
	/** a relation the mapping knows by name only */
	GENERIC;

	/** @return true for the connections of the vacuum view that carry gas (have a conductance) */
	public boolean isConductance() {
		return ordinal() <= VALVE_CLOSED.ordinal();
	}
}
