package org.cryostudio.analysis.refrigeration;

import java.util.OptionalDouble;

import org.cryostudio.analysis.model.Check;

/**
 * A dilution refrigerator's mixing chamber.
 *
 * @param name                     element name
 * @param he3Flow                  3He circulation rate, mol/s
 * @param mixingChamberTemperature K
 * @param inletTemperature         of the concentrated 3He entering the mixing chamber, K (= T_MC for a perfect exchanger)
 * @param heatLoad                 load on the mixing chamber, W, when known (gives the reachable temperature)
 */
public record DilutionStage(String name, double he3Flow, double mixingChamberTemperature, double inletTemperature,
		OptionalDouble heatLoad) {

	public DilutionStage {
		Check.positive(name, "3He flow", he3Flow, "mol/s");
		Check.positive(name, "mixing-chamber temperature", mixingChamberTemperature, "K");
		Check.positive(name, "inlet temperature", inletTemperature, "K");
		if (heatLoad.isPresent()) {
			Check.nonNegative(name, "heat load", heatLoad.getAsDouble(), "W");
		}
	}
}
