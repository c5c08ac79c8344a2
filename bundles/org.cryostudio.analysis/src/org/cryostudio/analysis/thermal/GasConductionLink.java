package org.cryostudio.analysis.thermal;

import org.cryostudio.analysis.model.Check;
import org.cryostudio.analysis.model.GasData;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.thermal.ResidualGasConduction;

/**
 * Free-molecular conduction by residual gas between two surfaces of the insulating vacuum
 * ({@link ResidualGasConduction#heatFlux}), with gamma = cp/cv of the dilute gas from the fluid
 * library.
 *
 * @param name             element name
 * @param a                node of one surface
 * @param b                node of the other
 * @param area             area of the colder (inner) surface, m2
 * @param gas              residual gas
 * @param pressure         Pa, read at gaugeTemperature
 * @param gaugeTemperature K
 * @param accommodation    overall accommodation coefficient
 */
public record GasConductionLink(String name, String a, String b, double area, Gas gas, double pressure,
		double gaugeTemperature, double accommodation) implements ThermalLink {

	public GasConductionLink {
		Check.positive(name, "area", area, "m2");
		Check.nonNegative(name, "pressure", pressure, "Pa");
		Check.positive(name, "gauge temperature", gaugeTemperature, "K");
		Check.within(name, "accommodation coefficient", accommodation, 0, 1);
	}

	@Override
	public double heatFlow(double ta, double tb) {
		return area * ResidualGasConduction.heatFlux(pressure, gaugeTemperature, ta, tb, GasData.moleculeMass(gas),
				GasData.gamma(gas), accommodation);
	}

	@Override
	public String category() {
		return "residual gas";
	}
}
