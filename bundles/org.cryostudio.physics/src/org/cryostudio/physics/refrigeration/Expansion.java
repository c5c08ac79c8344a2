package org.cryostudio.physics.refrigeration;

import org.cryostudio.physics.fluids.Fluid;
import org.cryostudio.physics.fluids.FluidState;

/**
 * End states of expansions: isentropic (ideal expander: s2 = s1), with an isentropic efficiency
 * (h2 = h1 - eta (h1 - h2s)), isenthalpic (Joule-Thomson valve: h2 = h1), all with real-fluid
 * properties from the fluid library; and the ideal-gas isentropic relation
 * T2 = T1 (p2/p1)^((gamma-1)/gamma) as the textbook model (e.g. helium 10 -&gt; 1 atm from 20 K:
 * 7.96 K; the real gas gives about 7.9 K). Source: any thermodynamics text; Barron, <i>Cryogenic
 * Systems</i>, ch. 3. Inputs: K, Pa.
 */
public final class Expansion {

	private Expansion() {
	}

	/** @return outlet state of an ideal (isentropic) expander */
	public static FluidState isentropic(Fluid fluid, double inletTemperature, double inletPressure, double outletPressure) {
		FluidState in = fluid.stateTP(inletTemperature, inletPressure);
		return fluid.statePS(outletPressure, in.entropy());
	}

	/** @return outlet state of an expander of isentropic efficiency eta in (0, 1] */
	public static FluidState expander(Fluid fluid, double inletTemperature, double inletPressure, double outletPressure,
			double isentropicEfficiency) {
		FluidState in = fluid.stateTP(inletTemperature, inletPressure);
		FluidState ideal = fluid.statePS(outletPressure, in.entropy());
		double h2 = in.enthalpy() - isentropicEfficiency * (in.enthalpy() - ideal.enthalpy());
		return fluid.statePH(outletPressure, h2);
	}

	/** @return outlet state of a throttle (Joule-Thomson valve) */
	public static FluidState isenthalpic(Fluid fluid, double inletTemperature, double inletPressure, double outletPressure) {
		FluidState in = fluid.stateTP(inletTemperature, inletPressure);
		return fluid.statePH(outletPressure, in.enthalpy());
	}

	/** @return T2 of an ideal gas expanded isentropically, K */
	public static double idealGasIsentropicTemperature(double inletTemperature, double inletPressure, double outletPressure,
			double gamma) {
		return inletTemperature * Math.pow(outletPressure / inletPressure, (gamma - 1.0) / gamma);
	}
}
