package org.cryostudio.analysis.refrigeration;

import org.cryostudio.analysis.model.Check;
import org.cryostudio.physics.fluids.Gas;

/**
 * A throttle: gas enters at (T_in, p_in) and leaves at p_out with the same enthalpy.
 *
 * @param name              element name
 * @param gas               working gas
 * @param inletTemperature  K
 * @param inletPressure     Pa
 * @param outletPressure    Pa
 */
public record JouleThomsonValve(String name, Gas gas, double inletTemperature, double inletPressure,
		double outletPressure) {

	public JouleThomsonValve {
		Check.positive(name, "inlet temperature", inletTemperature, "K");
		Check.positive(name, "inlet pressure", inletPressure, "Pa");
		Check.positive(name, "outlet pressure", outletPressure, "Pa");
		if (outletPressure >= inletPressure) {
			throw new org.cryostudio.analysis.model.InvalidModelException(name, "outlet pressure must be below the inlet pressure");
		}
	}
}
