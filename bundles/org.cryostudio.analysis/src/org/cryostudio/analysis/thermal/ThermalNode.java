package org.cryostudio.analysis.thermal;

import java.util.List;
import java.util.OptionalDouble;

import org.cryostudio.analysis.model.Check;

/**
 * A temperature level: held at a fixed temperature (room, a bath) or floating (a shield, a
 * cold mass whose temperature the network decides), with the heat capacities that cooldown needs.
 *
 * @param name               element name
 * @param fixedTemperature   K when held (boundary), empty when floating
 * @param initialTemperature K, start of a cooldown
 * @param capacities         heat capacities (may be empty for steady solves)
 */
public record ThermalNode(String name, OptionalDouble fixedTemperature, double initialTemperature,
		List<HeatCapacity> capacities) {

	public ThermalNode {
		capacities = List.copyOf(capacities);
		Check.positive(name, "initial temperature", initialTemperature, "K");
		if (fixedTemperature.isPresent()) {
			Check.positive(name, "temperature", fixedTemperature.getAsDouble(), "K");
		}
	}

	/** @return a node held at T */
	public static ThermalNode held(String name, double temperature) {
		return new ThermalNode(name, OptionalDouble.of(temperature), temperature, List.of());
	}

	/** @return a floating node starting at T0 */
	public static ThermalNode floating(String name, double initialTemperature, List<HeatCapacity> capacities) {
		return new ThermalNode(name, OptionalDouble.empty(), initialTemperature, capacities);
	}

	public boolean isHeld() {
		return fixedTemperature.isPresent();
	}

	/** @return total heat capacity at T, J/K */
	public double heatCapacity(double temperature) {
		double c = 0;
		for (HeatCapacity h : capacities) {
			c += h.at(temperature);
		}
		return c;
	}
}
