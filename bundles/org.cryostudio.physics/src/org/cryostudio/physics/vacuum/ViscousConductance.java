package org.cryostudio.physics.vacuum;

import static org.cryostudio.physics.PhysicalConstants.BOLTZMANN;

/**
 * Continuum (viscous) flow conductances.
 *
 * <p>Poiseuille: laminar, fully developed, isothermal flow in a long round tube,
 * C = pi D^4 p_mean / (128 eta L) (Hagen-Poiseuille; O'Hanlon, <i>A User's Guide to Vacuum
 * Technology</i>, 3rd ed., sec. 3.3). Valid for Kn &lt; 0.01, Reynolds number &lt; 2000 and L/D well
 * above the entrance length (about 0.06 Re D); short tubes carry less than this.
 *
 * <p>Orifice: isentropic flow of an ideal gas through a thin orifice of discharge coefficient Cd
 * (1 for the ideal nozzle, about 0.8-0.85 for a sharp-edged hole). Throughput
 * Q = Cd A p0 sqrt(2 gamma/(gamma-1) k T0/m) sqrt(r^(2/gamma) - r^((gamma+1)/gamma)) with
 * r = max(p1/p0, r_crit), r_crit = (2/(gamma+1))^(gamma/(gamma-1)): choked (sonic) below r_crit.
 * For air at 20 degC into vacuum this is the textbook 20 L/(s cm2) (Jousten (ed.), <i>Handbook of
 * Vacuum Technology</i>, sec. 4.3). Inputs SI: m, Pa, Pa s, K, kg; outputs m3/s or Pa m3/s.
 */
public final class ViscousConductance {

	private ViscousConductance() {
	}

	/**
	 * @param diameter      m
	 * @param length        m
	 * @param meanPressure  (p1 + p2)/2, Pa
	 * @param viscosity     Pa s
	 * @return C, m3/s
	 */
	public static double poiseuille(double diameter, double length, double meanPressure, double viscosity) {
		double d2 = diameter * diameter;
		return Math.PI * d2 * d2 * meanPressure / (128.0 * viscosity * length);
	}

	/** Critical (choking) pressure ratio p1/p0 = (2/(gamma+1))^(gamma/(gamma-1)). */
	public static double criticalPressureRatio(double gamma) {
		return Math.pow(2.0 / (gamma + 1.0), gamma / (gamma - 1.0));
	}

	/**
	 * Throughput through an orifice from upstream stagnation state p0, T0 to downstream p1.
	 *
	 * @param area                 m2
	 * @param upstreamPressure     p0, Pa
	 * @param downstreamPressure   p1, Pa (0 for vacuum)
	 * @param upstreamTemperature  T0, K
	 * @param moleculeMass         kg
	 * @param gamma                cp/cv of the gas
	 * @param dischargeCoefficient Cd in (0, 1]
	 * @return throughput Q = p dV/dt at T0, Pa m3/s
	 */
	public static double orificeThroughput(double area, double upstreamPressure, double downstreamPressure,
			double upstreamTemperature, double moleculeMass, double gamma, double dischargeCoefficient) {
		double r = Math.max(downstreamPressure / upstreamPressure, criticalPressureRatio(gamma));
		if (r >= 1.0) {
			return 0.0;
		}
		double flow = Math.pow(r, 2.0 / gamma) - Math.pow(r, (gamma + 1.0) / gamma);
		return dischargeCoefficient * area * upstreamPressure
				* Math.sqrt(2.0 * gamma / (gamma - 1.0) * BOLTZMANN * upstreamTemperature / moleculeMass * flow);
	}

	/** Conductance Q/(p0 - p1) of an orifice, m3/s. */
	public static double orifice(double area, double upstreamPressure, double downstreamPressure,
			double upstreamTemperature, double moleculeMass, double gamma, double dischargeCoefficient) {
		return orificeThroughput(area, upstreamPressure, downstreamPressure, upstreamTemperature, moleculeMass, gamma,
				dischargeCoefficient) / (upstreamPressure - downstreamPressure);
	}
}
