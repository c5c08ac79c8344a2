package org.cryostudio.diagram.core.scene;

/**
 * What a node is drawn as. Vacuum symbols follow ISO 3753 / PNEUROP usage (a chamber is a
 * rectangle, pumps are circles with their mechanism inside); thermal stages are bars.
 */
public enum NodeSymbol {
	/** vacuum vessel, chamber, cryostat insulating vacuum: a rectangle with the values inside */
	CHAMBER(Shape.BOX),
	/** a named junction of ducts (a manifold or port) */
	JUNCTION(Shape.DOT),
	ROUGHING_PUMP(Shape.ICON),
	TURBO_PUMP(Shape.ICON),
	CRYOPUMP(Shape.ICON),
	ION_PUMP(Shape.ICON),
	SUBLIMATION_PUMP(Shape.ICON),
	GETTER_PUMP(Shape.ICON),
	COLD_TRAP(Shape.ICON),
	/** outgassing or permeation of a surface */
	GAS_SOURCE(Shape.ICON),
	LEAK(Shape.ICON),
	/** process or fuelling gas inlet */
	GAS_INLET(Shape.ICON),
	/** a temperature level (room, cold mass, held stage): a thick bar */
	STAGE(Shape.BAR),
	/** a thermal shield: a bar drawn open at the ends */
	SHIELD(Shape.BAR),
	/** a cryocooler or refrigerator */
	COOLER(Shape.ICON),
	/** a cryogen bath or supply (LN2, LHe) */
	BATH(Shape.ICON),
	/** an expansion stage: Joule-Thomson valve, expander, liquefier, dilution unit */
	EXPANSION(Shape.ICON),
	/** a fixed heat load (dissipation, nuclear heating) */
	HEAT_LOAD(Shape.ICON),
	/** anything the mapping knows by name only */
	GENERIC(Shape.BOX);

	/** How a symbol occupies its node's bounds, which decides where labels go. */
	public enum Shape {
		/** values inside a rectangle */
		BOX,
		/** a round icon on top, name and values centred below */
		ICON,
		/** a horizontal bar on top, name and values below */
		BAR,
		/** a small dot, name beside */
		DOT
	}

	private final Shape shape;

	NodeSymbol(Shape shape) {
		this.shape = shape;
	}

	public Shape shape() {
		return shape;
	}
}
