package org.cryostudio.analysis.vacuum;

import org.cryostudio.physics.kinetic.GasKinetics;
import org.cryostudio.physics.vacuum.Baffle;

/**
 * A baffle of given transmission probability and open area ({@link Baffle}); outside molecular
 * flow, the regime correction of the round tube of the same area and transmission.
 *
 * @param baffle           area and transmission
 * @param equivalentLength length of the round tube of the same diameter and transmission, m ({@link #of})
 */
public record BaffleDuct(Baffle baffle, double equivalentLength) implements Duct {

	/** @return the element with its equivalent tube length computed once */
	public static BaffleDuct of(Baffle baffle) {
		double d = Math.sqrt(4 * baffle.area() / Math.PI);
		return new BaffleDuct(baffle, RegimeCorrection.equivalentLength(d, baffle.transmission()));
	}

	@Override
	public double conductance(GasKinetics gas, double temperature, double upstream, double downstream) {
		double d = characteristicDimension();
		return baffle.conductance(temperature, gas.moleculeMass()) * RegimeCorrection.factor(gas, temperature,
				0.5 * (upstream + downstream), d, equivalentLength);
	}

	@Override
	public double characteristicDimension() {
		return Math.sqrt(4 * baffle.area() / Math.PI);
	}

	@Override
	public double area() {
		return baffle.area();
	}
}
