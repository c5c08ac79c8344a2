package org.cryostudio.analysis.vacuum;

import org.cryostudio.analysis.model.Check;
import org.cryostudio.physics.kinetic.GasKinetics;
import org.cryostudio.physics.vacuum.KnudsenTubeConductance;
import org.cryostudio.physics.vacuum.MolecularConductance;

/**
 * A straight round tube: Knudsen's all-regime conductance with the exact Clausing molecular part
 * (physics {@link KnudsenTubeConductance}); molecular only for gases without viscosity data.
 *
 * @param diameter m
 * @param length   m
 */
public record TubeDuct(double diameter, double length) implements Duct {

	public TubeDuct {
		Check.positive("tube", "diameter", diameter, "m");
		Check.nonNegative("tube", "length", length, "m");
	}

	@Override
	public double conductance(GasKinetics gas, double temperature, double upstream, double downstream) {
		double mean = 0.5 * (upstream + downstream);
		if (!gas.hasViscosity() || !(mean > 0)) {
			return MolecularConductance.tube(diameter, length, temperature, gas.moleculeMass());
		}
		return KnudsenTubeConductance.of(diameter, length, mean, temperature, gas.moleculeMass(),
				gas.viscosityValue(temperature));
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
