package org.cryostudio.analysis.thermal;

import org.cryostudio.analysis.model.Check;
import org.cryostudio.physics.thermal.Material;

/**
 * Solid conduction through supports, tubes, wires: count x (A/L) x the thermal-conductivity
 * integral of the material between the two temperatures ({@link Material#conductivityIntegralValue}),
 * exact for temperature-dependent k (Fourier's law integrated along the member).
 *
 * @param name     element name
 * @param a        node at one end
 * @param b        node at the other end
 * @param material the library material
 * @param area     cross-section of one member, m2
 * @param length   length of one member, m
 * @param count    number of identical members
 */
public record ConductionLink(String name, String a, String b, Material material, double area, double length, int count)
		implements ThermalLink {

	public ConductionLink {
		Check.positive(name, "cross-section", area, "m2");
		Check.positive(name, "length", length, "m");
		if (count < 1) {
			throw new org.cryostudio.analysis.model.InvalidModelException(name, "count must be at least 1");
		}
		if (!material.hasConductivity()) {
			throw new org.cryostudio.analysis.model.InvalidModelException(name,
					material.name() + " has no thermal-conductivity data");
		}
	}

	@Override
	public double heatFlow(double ta, double tb) {
		return count * area / length * material.conductivityIntegralValue(tb, ta);
	}

	@Override
	public String category() {
		return "conduction";
	}
}
