package org.cryostudio.analysis.vacuum;

import org.cryostudio.analysis.model.Check;
import org.cryostudio.physics.kinetic.GasKinetics;
import org.cryostudio.physics.vacuum.Elbow;

/**
 * A round elbow: the physics library's equivalent straight tube ({@link Elbow#equivalentLength}),
 * then a {@link TubeDuct} in every regime.
 *
 * @param diameter    m
 * @param axialLength m
 * @param angle       bend angle, degrees
 */
public record ElbowDuct(double diameter, double axialLength, double angle) implements Duct {

	public ElbowDuct {
		Check.positive("elbow", "diameter", diameter, "m");
		Check.nonNegative("elbow", "axial length", axialLength, "m");
		Check.within("elbow", "angle", angle, 0, 360);
	}

	@Override
	public double conductance(GasKinetics gas, double temperature, double upstream, double downstream) {
		return new TubeDuct(diameter, Elbow.equivalentLength(diameter, axialLength, angle)).conductance(gas, temperature,
				upstream, downstream);
	}

	@Override
	public double characteristicDimension() {
		return diameter;
	}

	@Override
	public double area() {
		return 0.25 * Math.PI * diameter * diameter;
	}
}
