package org.cryostudio.analysis.vacuum;

import org.cryostudio.physics.kinetic.GasKinetics;
import org.cryostudio.physics.vacuum.KnudsenTubeConductance;
import org.cryostudio.physics.vacuum.MolecularConductance;
import org.cryostudio.physics.vacuum.TubeTransmission;

/**
 * Regime correction of a free-molecular conductance: the ratio of Knudsen's all-regime tube
 * conductance to the tube's Clausing value, C_Knudsen(D, L, p) / C_molecular(D, L), for the round
 * tube equivalent to the element (same cross-section, same free-molecular transmission). It is 1
 * in molecular flow, dips to about 0.8 near Kn ~ 1 (Knudsen's minimum) and grows as p in viscous
 * flow. Applying it to the element's exact molecular value keeps each element's own geometry in
 * molecular flow and Knudsen's pressure dependence elsewhere (an engineering approximation for
 * non-tubular elements; for tubes it is exact Knudsen). Gases without viscosity data stay
 * molecular (factor 1). Sources: see {@link KnudsenTubeConductance}.
 */
public final class RegimeCorrection {

	private RegimeCorrection() {
	}

	/**
	 * @param diameter     equivalent tube diameter, m
	 * @param length       equivalent tube length, m
	 * @param meanPressure Pa
	 * @return C_Knudsen / C_molecular (&gt; 0)
	 */
	public static double factor(GasKinetics gas, double temperature, double meanPressure, double diameter, double length) {
		if (!gas.hasViscosity() || !(meanPressure > 0)) {
			return 1.0;
		}
		double eta = gas.viscosityValue(temperature);
		double knudsen = KnudsenTubeConductance.of(diameter, length, meanPressure, temperature, gas.moleculeMass(), eta);
		double molecular = MolecularConductance.tube(diameter, length, temperature, gas.moleculeMass());
		return knudsen / molecular;
	}

	/**
	 * The length of the round tube of diameter D whose Clausing transmission is W (bisection on
	 * the physics library's W(L/D), which decreases monotonically).
	 *
	 * @return L, m (0 for W = 1)
	 */
	public static double equivalentLength(double diameter, double transmission) {
		if (transmission >= 1.0) {
			return 0.0;
		}
		double lo = 0;
		double hi = 1;
		while (TubeTransmission.value(hi) > transmission) {
			hi *= 2;
			if (hi > 1e7) {
				break;
			}
		}
		for (int i = 0; i < 60; i++) {
			double mid = 0.5 * (lo + hi);
			if (TubeTransmission.value(mid) > transmission) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		return 0.5 * (lo + hi) * diameter;
	}
}
