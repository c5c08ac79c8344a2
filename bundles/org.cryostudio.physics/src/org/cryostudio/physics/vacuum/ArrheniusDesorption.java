package org.cryostudio.physics.vacuum;

import static org.cryostudio.physics.PhysicalConstants.BOLTZMANN;
import static org.cryostudio.physics.PhysicalConstants.ELEMENTARY_CHARGE;

/**
 * First-order thermal desorption (Frenkel / Polanyi-Wigner): rate constant
 * k(T) = nu exp(-E / (k_B T)), mean residence time 1/k, coverage decay theta(t) = theta0 exp(-k t)
 * at constant T, desorption flux k theta N0. The ratio of desorption rates at two temperatures,
 * exp(E/k_B (1/T1 - 1/T2)), is what a bakeout buys (0.9 eV: 1.1e5 between 300 and 450 K). Source:
 * P. A. Redhead, "Thermal desorption of gases", <i>Vacuum</i> 12 (1962) 203; J. F. O'Hanlon,
 * <i>A User's Guide to Vacuum Technology</i>, sec. 4.x. Typical attempt frequency nu = 1e13 1/s.
 * Validity: a single binding energy (real surfaces have a distribution, which produces the 1/t
 * law of unbaked outgassing). Inputs: eV, K, 1/s, s.
 */
public final class ArrheniusDesorption {

	/** Usual pre-exponential (attempt) frequency, 1/s (Redhead 1962). */
	public static final double TYPICAL_ATTEMPT_FREQUENCY = 1e13;

	private ArrheniusDesorption() {
	}

	/** @return k = nu exp(-E/kT), 1/s */
	public static double rateConstant(double energyEv, double temperature, double attemptFrequency) {
		return attemptFrequency * Math.exp(-energyEv * ELEMENTARY_CHARGE / (BOLTZMANN * temperature));
	}

	/** @return k(T2) / k(T1) */
	public static double rateRatio(double energyEv, double t1, double t2) {
		return Math.exp(energyEv * ELEMENTARY_CHARGE / BOLTZMANN * (1.0 / t1 - 1.0 / t2));
	}

	/** @return remaining coverage fraction after a time at constant temperature, exp(-k t) */
	public static double remainingFraction(double energyEv, double temperature, double attemptFrequency, double time) {
		return Math.exp(-rateConstant(energyEv, temperature, attemptFrequency) * time);
	}
}
