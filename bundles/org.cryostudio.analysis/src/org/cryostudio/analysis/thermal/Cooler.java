package org.cryostudio.analysis.thermal;

import java.util.OptionalDouble;

import org.cryostudio.analysis.model.Check;
import org.cryostudio.physics.refrigeration.Carnot;

/**
 * A cold source on one node: a cryocooler stage with a capacity curve (the node then settles where
 * load equals capacity), or a refrigerator/bath that holds a held node at its temperature whatever
 * the load. Input power: the catalogue value when given, otherwise the load lifted at a fraction
 * of Carnot ({@link Carnot#inputPower}) to the rejection temperature.
 *
 * @param name                element name
 * @param node                node it cools
 * @param capacity            capacity curve, or null for a held node (bath, plant)
 * @param inputPower          W, when known
 * @param fractionOfCarnot    efficiency as a fraction of Carnot, when known
 * @param rejectTemperature   heat-rejection temperature, K
 */
public record Cooler(String name, String node, CapacityCurve capacity, OptionalDouble inputPower,
		OptionalDouble fractionOfCarnot, double rejectTemperature) {

	public Cooler {
		Check.positive(name, "rejection temperature", rejectTemperature, "K");
		if (fractionOfCarnot.isPresent()) {
			Check.within(name, "fraction of Carnot", fractionOfCarnot.getAsDouble(), 1e-9, 1);
		}
		if (inputPower.isPresent()) {
			Check.nonNegative(name, "input power", inputPower.getAsDouble(), "W");
		}
	}

	/**
	 * @param load        heat lifted, W
	 * @param temperature stage temperature, K
	 * @return the input power, W, or empty when neither a catalogue value nor a Carnot fraction is known
	 */
	public OptionalDouble inputPowerFor(double load, double temperature) {
		if (inputPower.isPresent()) {
			return inputPower;
		}
		if (fractionOfCarnot.isPresent() && temperature < rejectTemperature) {
			return OptionalDouble.of(Carnot.inputPower(Math.max(0, load), temperature, rejectTemperature,
					fractionOfCarnot.getAsDouble()));
		}
		return OptionalDouble.empty();
	}
}
