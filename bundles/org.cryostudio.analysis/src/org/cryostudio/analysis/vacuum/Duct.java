package org.cryostudio.analysis.vacuum;

import org.cryostudio.physics.kinetic.GasKinetics;

/**
 * A conductance element between two volumes (or between a volume and a pump inlet). Its
 * conductance follows the flow regime at the local pressure: every element has an exact
 * free-molecular value from the physics library and, where the gas has viscosity data, a regime
 * correction taken from Knudsen's all-regime formula for its equivalent round tube
 * ({@link RegimeCorrection}). Conductances are volume rates at the gas temperature, m3/s.
 */
public sealed interface Duct permits TubeDuct, OrificeDuct, RectangularDuctElement, ElbowDuct, BaffleDuct, ValveDuct {

	/**
	 * @param gas         the gas species
	 * @param temperature gas temperature, K
	 * @param upstream    pressure on one side (total), Pa
	 * @param downstream  pressure on the other side (total), Pa
	 * @return conductance, m3/s (&gt; 0)
	 */
	double conductance(GasKinetics gas, double temperature, double upstream, double downstream);

	/** @return the dimension that decides the regime (smallest cross-section size), m */
	double characteristicDimension();

	/** @return the entrance area, m2 (for series combination and aperture limits) */
	double area();
}
