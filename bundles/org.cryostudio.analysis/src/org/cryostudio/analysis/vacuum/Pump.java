package org.cryostudio.analysis.vacuum;

import java.util.OptionalDouble;

import org.cryostudio.physics.kinetic.GasKinetics;

/**
 * A pump as the network sees it at its inlet: a speed per gas, possibly depending on the inlet
 * pressure and on what it has already captured, and a pressure floor per gas below which it does
 * not pump (vapour pressure of a condensate, back-streaming through a turbo). The net throughput
 * into the pump is S (p - p_floor). Speeds in m3/s at the gas temperature; quantities captured
 * in Pa m3 counted at 273.15 K ({@link Cryopump#CAPACITY_TEMPERATURE}, like sccm).
 */
public sealed interface Pump permits DisplacementPump, TurboPump, ConstantSpeedPump, Cryopump, GetterPumpElement {

	/**
	 * @param gas            the gas
	 * @param totalPressure  total pressure at the inlet, Pa
	 * @param gasTemperature K
	 * @param captured       quantity of this gas already captured, Pa m3 at 273.15 K
	 * @return speed, m3/s (&gt;= 0)
	 */
	double speed(GasKinetics gas, double totalPressure, double gasTemperature, double captured);

	/**
	 * @return partial pressure of the gas below which the pump gives gas back or stops pumping, Pa
	 *         (0 when none)
	 */
	default double floor(GasKinetics gas, double gasTemperature, double captured) {
		return 0.0;
	}

	/** @return capture capacity for the gas, Pa m3 (empty for pumps that do not store gas) */
	default OptionalDouble capacity(GasKinetics gas) {
		return OptionalDouble.empty();
	}

	/** @return true for capture pumps (the gas stays inside: cryopumps, getters) */
	default boolean captures() {
		return false;
	}

	/** @return a short kind name for messages, e.g. "cryopump" */
	String kind();
}
