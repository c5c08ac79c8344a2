package org.cryostudio.analysis.vacuum;

import org.cryostudio.physics.kinetic.GasKinetics;
import org.cryostudio.physics.vacuum.Valve;

/**
 * An open valve ({@link Valve}: bore and transmission); outside molecular flow, the regime
 * correction of the round tube of its bore with the same transmission. Whether it is open is the
 * connection's {@link Schedule}; a closed valve is no connection at all.
 *
 * @param valve            bore and transmission
 * @param equivalentLength length of the round tube of its bore and transmission, m ({@link #of})
 */
public record ValveDuct(Valve valve, double equivalentLength) implements Duct {

	/** @return the element with its equivalent tube length computed once */
	public static ValveDuct of(Valve valve) {
		double d = valve.bore();
		return new ValveDuct(valve, RegimeCorrection.equivalentLength(d, valve.transmission()));
	}

	@Override
	public double conductance(GasKinetics gas, double temperature, double upstream, double downstream) {
		double d = valve.bore();
		return valve.conductance(true, temperature, gas.moleculeMass()) * RegimeCorrection.factor(gas, temperature,
				0.5 * (upstream + downstream), d, equivalentLength);
	}

	@Override
	public double characteristicDimension() {
		return valve.bore();
	}

	@Override
	public double area() {
		return 0.25 * Math.PI * valve.bore() * valve.bore();
	}
}
