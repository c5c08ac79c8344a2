package org.cryostudio.analysis.refrigeration;

import org.cryostudio.analysis.model.Check;
import org.cryostudio.physics.fluids.Gas;

/**
 * A work-extracting expander (turbine, piston) of isentropic efficiency eta.
 *
 * @param name                 element name
 * @param gas                  working gas
 * @param inletTemperature     K
 * @param inletPressure        Pa
 * @param outletPressure       Pa
 * @param isentropicEfficiency in (0, 1]
 */
public record Expander(String name, Gas gas, double inletTemperature, double inletPressure, double outletPressure,
		double isentropicEfficiency) {

	public Expander {
		Check.positive(name, "inlet temperature", inletTemperature, "K");
		Check.positive(name, "outlet pressure", outletPressure, "Pa");
		Check.within(name, "isentropic efficiency", isentropicEfficiency, 1e-6, 1);
		if (outletPressure >= inletPressure) {
			throw new org.cryostudio.analysis.model.InvalidModelException(name, "outlet pressure must be below the inlet pressure");
		}
	}
}
