package org.cryostudio.analysis.thermal;

/**
 * A heat path between two nodes. {@link #heatFlow} is the heat flowing from node a to node b, W
 * (negative when b is warmer), from the physics library's model of the path.
 */
public sealed interface ThermalLink permits RadiationLink, MliLink, ConductionLink, GasConductionLink, KapitzaLink,
		ConductanceLink {

	String name();

	/** @return name of node a */
	String a();

	/** @return name of node b */
	String b();

	/** @return heat flow from a to b at temperatures ta, tb, W */
	double heatFlow(double ta, double tb);

	/** @return the load category reports group by, e.g. "radiation", "conduction" */
	String category();
}
