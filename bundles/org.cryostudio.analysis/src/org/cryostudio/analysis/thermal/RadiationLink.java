package org.cryostudio.analysis.thermal;

import org.cryostudio.analysis.model.Check;
import org.cryostudio.physics.thermal.FloatingShields;
import org.cryostudio.physics.thermal.GreyBodyRadiation;

/**
 * Thermal radiation between two grey diffuse surfaces. Parallel (or closely nested) surfaces of
 * area A with N floating shields between them: Q = A q with q from {@link FloatingShields#heatFlux}
 * (N = 0 is the grey-plate formula). Enclosed geometry (surface a of area A inside surface b of
 * area A_b, no shields): {@link GreyBodyRadiation#enclosed}. A shield that is thermally anchored
 * is a node of its own, linked on both sides.
 *
 * @param name             element name
 * @param a                node of surface a
 * @param b                node of surface b
 * @param area             area of surface a, m2
 * @param emissivityA      of surface a
 * @param emissivityB      of surface b
 * @param shields          floating shields between them (parallel geometry)
 * @param shieldEmissivity of the shields' faces
 * @param enclosingArea    area of surface b when it encloses a (m2), 0 for parallel surfaces
 */
public record RadiationLink(String name, String a, String b, double area, double emissivityA, double emissivityB,
		int shields, double shieldEmissivity, double enclosingArea) implements ThermalLink {

	public RadiationLink {
		Check.positive(name, "area", area, "m2");
		Check.within(name, "emissivity of " + a, emissivityA, 1e-6, 1);
		Check.within(name, "emissivity of " + b, emissivityB, 1e-6, 1);
		if (shields < 0) {
			throw new org.cryostudio.analysis.model.InvalidModelException(name, "negative shield count");
		}
		if (shields > 0) {
			Check.within(name, "shield emissivity", shieldEmissivity, 1e-6, 1);
			if (enclosingArea > 0) {
				throw new org.cryostudio.analysis.model.InvalidModelException(name,
						"floating shields are modelled for parallel surfaces only; make the shield a node");
			}
		}
		Check.nonNegative(name, "enclosing area", enclosingArea, "m2");
	}

	/** @return parallel surfaces without shields */
	public static RadiationLink plates(String name, String a, String b, double area, double ea, double eb) {
		return new RadiationLink(name, a, b, area, ea, eb, 0, 1, 0);
	}

	@Override
	public double heatFlow(double ta, double tb) {
		if (enclosingArea > 0) {
			return GreyBodyRadiation.enclosed(ta, tb, emissivityA, emissivityB, area, enclosingArea);
		}
		if (shields == 0) {
			return area * GreyBodyRadiation.parallelPlates(ta, tb, emissivityA, emissivityB);
		}
		return area * FloatingShields.heatFlux(ta, tb, emissivityA, emissivityB, shieldEmissivity, shields);
	}

	@Override
	public String category() {
		return "radiation";
	}
}
