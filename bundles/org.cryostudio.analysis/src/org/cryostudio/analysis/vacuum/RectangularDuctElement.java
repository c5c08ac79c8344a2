package org.cryostudio.analysis.vacuum;

import org.cryostudio.analysis.model.Check;
import org.cryostudio.physics.kinetic.GasKinetics;
import org.cryostudio.physics.vacuum.RectangularDuct;

/**
 * A rectangular duct a x b of length L: exact molecular conductance of the physics library
 * ({@link RectangularDuct}) times the regime correction of its equivalent round tube
 * ({@link RegimeCorrection}).
 *
 * @param width  a, m
 * @param height b, m
 * @param length L, m
 */
public record RectangularDuctElement(double width, double height, double length) implements Duct {

	public RectangularDuctElement {
		Check.positive("duct", "width", width, "m");
		Check.positive("duct", "height", height, "m");
		Check.nonNegative("duct", "length", length, "m");
	}

	@Override
	public double conductance(GasKinetics gas, double temperature, double upstream, double downstream) {
		double molecular = RectangularDuct.conductance(width, height, length, temperature, gas.moleculeMass());
		double deq = RectangularDuct.equivalentDiameter(width, height);
		return molecular * RegimeCorrection.factor(gas, temperature, 0.5 * (upstream + downstream), deq, length);
	}

	@Override
	public double characteristicDimension() {
		return Math.min(width, height);
	}

	@Override
	public double area() {
		return width * height;
	}
}
