package org.cryostudio.analysis.thermal;

import org.cryostudio.analysis.model.Check;
import org.cryostudio.physics.thermal.KapitzaConductance;

/**
 * A solid / liquid-helium interface of area A with Kapitza conductance a T^n (integrated form,
 * {@link KapitzaConductance#heatFlow}); node a is the solid, b the helium.
 *
 * @param name        element name
 * @param a           solid node
 * @param b           helium node
 * @param area        m2
 * @param conductance the interface law
 */
public record KapitzaLink(String name, String a, String b, double area, KapitzaConductance conductance)
		implements ThermalLink {

	public KapitzaLink {
		Check.positive(name, "area", area, "m2");
	}

	@Override
	public double heatFlow(double ta, double tb) {
		return conductance.heatFlow(area, ta, tb);
	}

	@Override
	public String category() {
		return "interface";
	}
}
