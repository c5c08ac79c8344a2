package org.cryostudio.physics.refrigeration;

/**
 * Carnot limit of a refrigerator lifting heat from Tc to Th, and what follows for real machines
 * expressed as a fraction of Carnot: COP_Carnot = Tc/(Th - Tc); input power W = Q / (f COP_Carnot);
 * rejected heat Q + W; the lowest temperature a machine of given input power reaches against a
 * heat leak; and the power needed against a conductive leak G (Th - Tc), which grows as
 * (Th - Tc)^2 / Tc. Source: second law; R. F. Barron, <i>Cryogenic Systems</i>, 2nd ed. (Oxford
 * 1985), ch. 5; the fraction-of-Carnot description as in T. M. Flynn, <i>Cryogenic Engineering</i>,
 * ch. 6 (large plants reach 0.2-0.3, small cryocoolers at 4 K 0.01-0.02). Inputs: K, W.
 */
public final class Carnot {

	private Carnot() {
	}

	/** @return Tc / (Th - Tc) */
	public static double coefficientOfPerformance(double cold, double hot) {
		if (!(cold > 0 && hot > cold)) {
			throw new IllegalArgumentException("need 0 < Tc < Th: Tc = " + cold + ", Th = " + hot);
		}
		return cold / (hot - cold);
	}

	/** @return input power W = Q / (fraction COP_Carnot), W */
	public static double inputPower(double coolingPower, double cold, double hot, double fractionOfCarnot) {
		return coolingPower / (fractionOfCarnot * coefficientOfPerformance(cold, hot));
	}

	/** @return heat rejected at Th, Q + W, W */
	public static double rejectedHeat(double coolingPower, double cold, double hot, double fractionOfCarnot) {
		return coolingPower + inputPower(coolingPower, cold, hot, fractionOfCarnot);
	}

	/**
	 * Input power needed to hold Tc against a purely conductive leak G (Th - Tc):
	 * W = G (Th - Tc)^2 / (f Tc).
	 *
	 * @param conductance G, W/K
	 */
	public static double powerAgainstConductiveLeak(double conductance, double cold, double hot, double fractionOfCarnot) {
		double dt = hot - cold;
		return conductance * dt * dt / (fractionOfCarnot * cold);
	}

	/**
	 * Lowest temperature reached with input power W against a conductive leak G (Th - Tc): the root of
	 * f W Tc = G (Th - Tc)^2, Tc = Th + a/2 - sqrt(a Th + a^2/4) with a = f W / G.
	 *
	 * @return Tc, K
	 */
	public static double minimumTemperature(double inputPower, double conductance, double hot, double fractionOfCarnot) {
		double a = fractionOfCarnot * inputPower / conductance;
		return hot + 0.5 * a - Math.sqrt(a * hot + 0.25 * a * a);
	}

	/**
	 * Lowest temperature reached with input power W against a constant heat load Q: from
	 * Q = f W Tc/(Th - Tc), Tc = Th Q / (Q + f W).
	 */
	public static double minimumTemperatureForConstantLoad(double inputPower, double heatLoad, double hot,
			double fractionOfCarnot) {
		return hot * heatLoad / (heatLoad + fractionOfCarnot * inputPower);
	}
}
