package org.cryostudio.analysis.vacuum;

import java.util.Map;

import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.kinetic.GasKinetics;

/**
 * A pump of catalogue speed per gas, independent of pressure in its working range (ion pump,
 * a high-vacuum pump given only by its speeds).
 *
 * @param speeds       m3/s per gas
 * @param defaultSpeed m3/s for gases not listed
 * @param kind         kind name, e.g. "ion pump"
 */
public record ConstantSpeedPump(Map<Gas, Double> speeds, double defaultSpeed, String kind) implements Pump {

	public ConstantSpeedPump {
		speeds = Map.copyOf(speeds);
	}

	@Override
	public double speed(GasKinetics gas, double totalPressure, double gasTemperature, double captured) {
		return speeds.getOrDefault(gas.gas(), defaultSpeed);
	}
}
