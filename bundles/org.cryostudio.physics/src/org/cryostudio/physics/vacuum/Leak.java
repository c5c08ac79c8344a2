package org.cryostudio.physics.vacuum;

/**
 * Leaks and process-gas flows as gas sources. A leak calibrated with one gas (usually helium) is
 * converted to another gas by the flow regime of the leak channel: molecular leaks scale with the
 * mean speed, Q2 = Q1 sqrt(M1/M2) (same temperature); viscous leaks with the viscosity,
 * Q2 = Q1 eta1/eta2. Source: K. Jousten (ed.), <i>Handbook of Vacuum Technology</i>, ch. 20 (leak
 * detection); O'Hanlon, sec. 20.x. Process gas: a throughput Q (Pa m3/s) on for a fraction of each
 * period (pulse pattern) has the mean Q duty. Standard flow units: 1 sccm = 101325 Pa x 1e-6 m3 / 60 s
 * at 0 degC = 1.6888e-3 Pa m3/s (the quantity of gas is fixed, so the pV value refers to 273.15 K).
 */
public final class Leak {

	/** pV throughput of 1 standard cubic centimetre per minute (0 degC, 101325 Pa), Pa m3/s. */
	public static final double SCCM = 101325.0 * 1e-6 / 60.0;

	private Leak() {
	}

	/** @return leak rate for gas 2 from a molecular-flow leak measured with gas 1 */
	public static double molecularConversion(double rate1, double molarMass1, double molarMass2) {
		return rate1 * Math.sqrt(molarMass1 / molarMass2);
	}

	/** @return leak rate for gas 2 from a viscous-flow leak measured with gas 1 */
	public static double viscousConversion(double rate1, double viscosity1, double viscosity2) {
		return rate1 * viscosity1 / viscosity2;
	}

	/** @return the mean throughput of a pulsed process flow, Pa m3/s */
	public static double pulsedMean(double throughput, double pulseLength, double period) {
		if (!(period > 0) || pulseLength < 0 || pulseLength > period) {
			throw new IllegalArgumentException("need 0 <= pulse <= period");
		}
		return throughput * pulseLength / period;
	}

	/** @return throughput of a flow given in sccm, Pa m3/s */
	public static double fromSccm(double sccm) {
		return sccm * SCCM;
	}
}
