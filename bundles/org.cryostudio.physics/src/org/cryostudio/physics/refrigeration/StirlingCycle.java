package org.cryostudio.physics.refrigeration;

import static org.cryostudio.physics.PhysicalConstants.GAS_CONSTANT;

/**
 * Ideal Stirling refrigeration cycle of n moles of ideal gas: isothermal compression at Th,
 * isochoric cooling through the regenerator, isothermal expansion at Tc, isochoric warming. With a
 * perfect regenerator: Qc = n R Tc ln r, W = n R (Th - Tc) ln r per cycle (r = Vmax/Vmin), so
 * COP = Carnot. A regenerator of effectiveness e passes back (1 - e) n cv (Th - Tc) per cycle to the
 * cold end, which is subtracted from Qc. Source: G. Walker, <i>Cryocoolers</i> (Plenum 1983), ch. 3;
 * Barron, <i>Cryogenic Systems</i>, sec. 5.x. Inputs: mol, K, dimensionless; outputs J per cycle.
 */
public final class StirlingCycle {

	private StirlingCycle() {
	}

	/** @return net heat lifted at Tc per cycle, J (negative when the regenerator loss exceeds the refrigeration) */
	public static double coolingPerCycle(double moles, double cold, double hot, double compressionRatio,
			double regeneratorEffectiveness, double molarCv) {
		double ideal = moles * GAS_CONSTANT * cold * Math.log(compressionRatio);
		return ideal - (1.0 - regeneratorEffectiveness) * moles * molarCv * (hot - cold);
	}

	/** @return work per cycle, J (the regenerator loss does not change the work of the ideal cycle) */
	public static double workPerCycle(double moles, double cold, double hot, double compressionRatio) {
		return moles * GAS_CONSTANT * (hot - cold) * Math.log(compressionRatio);
	}

	/** @return coefficient of performance */
	public static double coefficientOfPerformance(double cold, double hot, double compressionRatio,
			double regeneratorEffectiveness, double molarCv) {
		return coolingPerCycle(1, cold, hot, compressionRatio, regeneratorEffectiveness, molarCv)
				/ workPerCycle(1, cold, hot, compressionRatio);
	}
}
