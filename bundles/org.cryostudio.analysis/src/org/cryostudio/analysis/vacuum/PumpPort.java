package org.cryostudio.analysis.vacuum;

import java.util.List;

import org.cryostudio.physics.kinetic.GasKinetics;
import org.cryostudio.physics.vacuum.EffectivePumpingSpeed;

/**
 * A pump attached to a volume, directly or through ducts in series, switched by a schedule. The
 * speed it gives the volume is the effective speed 1/S_eff = 1/S + 1/C
 * ({@link EffectivePumpingSpeed#series}); the ducts are evaluated at the mean of the volume
 * pressure and the pump inlet pressure p C/(C + S).
 *
 * @param name     element name (the pump's)
 * @param volume   volume it pumps
 * @param pump     the pump
 * @param ducts    ducts between the volume and the pump inlet (may be empty)
 * @param schedule when it runs
 */
public record PumpPort(String name, String volume, Pump pump, List<Duct> ducts, Schedule schedule) {

	public PumpPort {
		ducts = List.copyOf(ducts);
	}

	/**
	 * @param gas            the gas
	 * @param totalPressure  total pressure in the volume, Pa
	 * @param gasTemperature K
	 * @param captured       quantity of the gas in the pump, Pa m3 at 273.15 K
	 * @return effective speed at the volume, m3/s
	 */
	public double effectiveSpeed(GasKinetics gas, double totalPressure, double gasTemperature, double captured) {
		double s = pump.speed(gas, totalPressure, gasTemperature, captured);
		if (ducts.isEmpty() || s <= 0) {
			return s;
		}
		// the inlet pressure p C/(C + S) and the duct conductance at the mean pressure depend on each
		// other outside molecular flow: a few fixed-point passes (one in molecular flow)
		double c = Connection.seriesConductance(ducts, gas, gasTemperature, totalPressure, totalPressure);
		for (int pass = 0; pass < 30; pass++) {
			double inlet = totalPressure * c / (c + s);
			s = pump.speed(gas, inlet, gasTemperature, captured);
			if (s <= 0) {
				return 0.0;
			}
			double next = Connection.seriesConductance(ducts, gas, gasTemperature, totalPressure, inlet);
			boolean converged = Math.abs(next - c) <= 1e-9 * c;
			c = next;
			if (converged) {
				break;
			}
		}
		return EffectivePumpingSpeed.series(s, c);
	}

	/** @return the conductance of the ducts at a pressure, m3/s (infinite: none) */
	public double ductConductance(GasKinetics gas, double pressure, double gasTemperature) {
		return ducts.isEmpty() ? Double.POSITIVE_INFINITY
				: Connection.seriesConductance(ducts, gas, gasTemperature, pressure, pressure);
	}
}
