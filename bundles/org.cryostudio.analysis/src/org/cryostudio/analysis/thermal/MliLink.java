package org.cryostudio.analysis.thermal;

import org.cryostudio.analysis.model.Check;
import org.cryostudio.physics.thermal.MultilayerInsulation;

/**
 * A multilayer-insulation blanket of area A between two nodes: the Lockheed equation of the
 * physics library ({@link MultilayerInsulation#heatFluxValue}), times a degradation factor for
 * installed blankets (seams, penetrations, compression: 2-3 by the library's sources; 1 for the
 * calorimeter value).
 *
 * @param name         element name
 * @param a            node on one side
 * @param b            node on the other side
 * @param area         m2
 * @param layers       number of layers
 * @param layerDensity layers per cm
 * @param pressure     residual gas pressure in the blanket, Pa
 * @param degradation  multiplier &gt;= 1
 */
public record MliLink(String name, String a, String b, double area, int layers, double layerDensity, double pressure,
		double degradation) implements ThermalLink {

	public MliLink {
		Check.positive(name, "area", area, "m2");
		if (layers < 1) {
			throw new org.cryostudio.analysis.model.InvalidModelException(name, "MLI needs at least one layer");
		}
		Check.positive(name, "layer density", layerDensity, "1/cm");
		Check.nonNegative(name, "pressure", pressure, "Pa");
		Check.positive(name, "degradation factor", degradation, "");
	}

	@Override
	public double heatFlow(double ta, double tb) {
		double hot = Math.max(ta, tb);
		double cold = Math.min(ta, tb);
		double q = area * degradation * MultilayerInsulation.heatFluxValue(hot, cold, layers, layerDensity, pressure);
		return ta >= tb ? q : -q;
	}

	@Override
	public String category() {
		return "radiation";
	}
}
