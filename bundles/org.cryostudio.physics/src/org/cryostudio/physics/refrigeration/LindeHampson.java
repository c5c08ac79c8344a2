package org.cryostudio.physics.refrigeration;

import java.util.ArrayList;
import java.util.List;

import org.cryostudio.physics.fluids.Fluid;
import org.cryostudio.physics.fluids.FluidState;
import org.cryostudio.physics.model.ModelResult;

/**
 * Ideal Linde-Hampson liquefier with real-fluid enthalpies: gas at Tin and p_low is compressed
 * isothermally to p_high, cooled in a perfect counterflow heat exchanger, throttled to p_low; the
 * liquid fraction is y = (h1 - h2) / (h1 - hf), with h1 = h(Tin, p_low), h2 = h(Tin, p_high) and hf the
 * saturated liquid at p_low. Ideal isothermal compression work per kg compressed
 * -W/m = Tin (s1 - s2) - (h1 - h2), and per kg liquefied (-W/m)/y. Precooling: with Tin below
 * ambient (e.g. hydrogen precooled by liquid nitrogen) the same balance applies at Tin; the heat the
 * precooler takes from the compressed stream, h(Tamb, p_high) - h(Tin, p_high), is reported
 * separately. Source: R. F. Barron, <i>Cryogenic Systems</i>, 2nd ed., sec. 3.x (simple
 * Linde-Hampson, precooled Linde-Hampson); T. M. Flynn, <i>Cryogenic Engineering</i>, ch. 6.
 * Enthalpies from the fluid library's equation of state; validity is the EoS's.
 *
 * @param yield                 liquid fraction y of the compressed flow
 * @param workPerKgCompressed   ideal isothermal compression work, J/kg
 * @param workPerKgLiquefied    J/kg of liquid
 * @param precoolingHeatPerKg   heat removed by the precooler per kg compressed, J/kg (0 without)
 * @param valid                 false when an EoS state was outside its validity range or y &lt;= 0
 * @param warnings              why not valid
 */
public record LindeHampson(double yield, double workPerKgCompressed, double workPerKgLiquefied,
		double precoolingHeatPerKg, boolean valid, List<String> warnings) {

	/**
	 * @param fluid        working fluid
	 * @param inlet        temperature of the warm end of the heat exchanger, K
	 * @param lowPressure  Pa
	 * @param highPressure Pa
	 */
	public static LindeHampson ideal(Fluid fluid, double inlet, double lowPressure, double highPressure) {
		return precooled(fluid, inlet, inlet, lowPressure, highPressure);
	}

	/**
	 * @param ambient   temperature at which the gas is compressed, K
	 * @param precooled temperature to which the compressed stream is precooled (warm end of the
	 *                  Linde heat exchanger), K
	 */
	public static LindeHampson precooled(Fluid fluid, double ambient, double precooled, double lowPressure,
			double highPressure) {
		List<String> warnings = new ArrayList<>();
		FluidState s1 = fluid.stateTP(precooled, lowPressure);
		FluidState s2 = fluid.stateTP(precooled, highPressure);
		ModelResult tSat = fluid.vapourTemperature(lowPressure);
		FluidState liquid = fluid.saturatedLiquid(tSat.value());
		collect(warnings, s1, s2, liquid);
		warnings.addAll(tSat.warnings());
		double y = (s1.enthalpy() - s2.enthalpy()) / (s1.enthalpy() - liquid.enthalpy());
		// ideal compression at the ambient temperature where the compressor sits
		FluidState a1 = precooled == ambient ? s1 : fluid.stateTP(ambient, lowPressure);
		FluidState a2 = precooled == ambient ? s2 : fluid.stateTP(ambient, highPressure);
		collect(warnings, a1, a2);
		double work = ambient * (a1.entropy() - a2.entropy()) - (a1.enthalpy() - a2.enthalpy());
		double precooling = a2.enthalpy() - s2.enthalpy();
		if (!(y > 0)) {
			warnings.add("no liquid: the throttled stream is above its inversion temperature or the pressure ratio is too small (y = " + y + ")");
		}
		double perLiquid = y > 0 ? work / y : 0.0;
		return new LindeHampson(y > 0 ? y : 0.0, work, perLiquid, precooling, warnings.isEmpty(), warnings);
	}

	private static void collect(List<String> warnings, FluidState... states) {
		for (FluidState s : states) {
			warnings.addAll(s.warnings());
		}
	}
}
