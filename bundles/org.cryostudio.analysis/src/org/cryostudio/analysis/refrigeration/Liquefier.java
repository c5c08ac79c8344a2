package org.cryostudio.analysis.refrigeration;

import java.util.OptionalDouble;

import org.cryostudio.analysis.model.Check;
import org.cryostudio.physics.fluids.Gas;

/**
 * A Linde-Hampson liquefier: gas compressed at ambient temperature from p_low to p_high,
 * optionally precooled, cooled in a counterflow heat exchanger and throttled to p_low.
 *
 * @param name                element name
 * @param gas                 working gas
 * @param lowPressure         Pa
 * @param highPressure        Pa
 * @param ambientTemperature  compressor temperature, K
 * @param precoolTemperature  warm end of the Linde heat exchanger, K (= ambient without precooling)
 * @param massFlow            compressed mass flow, kg/s, when known (gives the liquid production)
 */
public record Liquefier(String name, Gas gas, double lowPressure, double highPressure, double ambientTemperature,
		double precoolTemperature, OptionalDouble massFlow) {

	public Liquefier {
		Check.positive(name, "low pressure", lowPressure, "Pa");
		Check.positive(name, "ambient temperature", ambientTemperature, "K");
		Check.positive(name, "precooling temperature", precoolTemperature, "K");
		if (highPressure <= lowPressure) {
			throw new org.cryostudio.analysis.model.InvalidModelException(name, "high pressure must exceed the low pressure");
		}
		if (precoolTemperature > ambientTemperature) {
			throw new org.cryostudio.analysis.model.InvalidModelException(name, "precooling temperature above ambient");
		}
		if (massFlow.isPresent()) {
			Check.positive(name, "mass flow", massFlow.getAsDouble(), "kg/s");
		}
	}
}
