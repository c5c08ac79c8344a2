package org.cryostudio.analysis.thermal;

import org.cryostudio.analysis.model.Check;

/**
 * A fixed thermal conductance G, W/K (a strap or a contact given by its measured value):
 * Q = G (Ta - Tb).
 *
 * @param name        element name
 * @param a           node
 * @param b           node
 * @param conductance W/K
 */
public record ConductanceLink(String name, String a, String b, double conductance) implements ThermalLink {

	public ConductanceLink {
		Check.positive(name, "conductance", conductance, "W/K");
	}

	@Override
	public double heatFlow(double ta, double tb) {
		return conductance * (ta - tb);
	}

	@Override
	public String category() {
		return "conduction";
	}
}
