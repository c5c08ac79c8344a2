package org.cryostudio.analysis.vacuum;

import org.cryostudio.physics.kinetic.GasKinetics;
import org.cryostudio.physics.pumps.RoughingPump;

/**
 * A roughing (displacement) pump: the same volume speed for every gas, following its S(p) curve
 * in the total inlet pressure ({@link RoughingPump}: S0 (1 - p_ult/p) or a catalogue curve).
 *
 * @param curve the speed curve
 */
public record DisplacementPump(RoughingPump curve) implements Pump {

	@Override
	public double speed(GasKinetics gas, double totalPressure, double gasTemperature, double captured) {
		return totalPressure > 0 ? curve.speed(totalPressure) : 0.0;
	}

	@Override
	public String kind() {
		return "roughing pump";
	}
}
