package org.cryostudio.physics.kinetic;

import static org.cryostudio.physics.PhysicalConstants.BOLTZMANN;

/**
 * Molecular speeds and wall-impingement rates of an ideal gas in equilibrium, from the
 * Maxwell-Boltzmann speed distribution.
 *
 * <p>Source: any kinetic-theory text, e.g. J. F. O'Hanlon, <i>A User's Guide to Vacuum
 * Technology</i>, 3rd ed. (Wiley 2003), ch. 2; K. Jousten (ed.), <i>Handbook of Vacuum
 * Technology</i> (Wiley-VCH 2008), ch. 3. Exact for an ideal gas at rest in thermal equilibrium
 * (single-molecule averages, valid at any pressure where the gas is ideal). Inputs: temperature in K (&gt; 0),
 * molecule mass in kg (&gt; 0), pressure in Pa.
 */
public final class MaxwellBoltzmann {

	private MaxwellBoltzmann() {
	}

	/**
	 * Arithmetic mean speed v = sqrt(8 k T / (pi m)).
	 *
	 * @param temperature  K
	 * @param moleculeMass kg
	 * @return m/s
	 */
	public static double meanSpeed(double temperature, double moleculeMass) {
		return Math.sqrt(8.0 * BOLTZMANN * temperature / (Math.PI * moleculeMass));
	}

	/** Most probable speed sqrt(2 k T / m), m/s. */
	public static double mostProbableSpeed(double temperature, double moleculeMass) {
		return Math.sqrt(2.0 * BOLTZMANN * temperature / moleculeMass);
	}

	/** Root-mean-square speed sqrt(3 k T / m), m/s. */
	public static double rmsSpeed(double temperature, double moleculeMass) {
		return Math.sqrt(3.0 * BOLTZMANN * temperature / moleculeMass);
	}

	/**
	 * Impingement rate (molecules hitting unit wall area per unit time),
	 * J = n v / 4 = p / sqrt(2 pi m k T).
	 *
	 * @param pressure     Pa
	 * @param temperature  K
	 * @param moleculeMass kg
	 * @return 1/(m2 s)
	 */
	public static double impingementRate(double pressure, double temperature, double moleculeMass) {
		return pressure / Math.sqrt(2.0 * Math.PI * moleculeMass * BOLTZMANN * temperature);
	}

	/**
	 * Volume rate at which gas crosses unit area of a hole in a thin wall, v/4: the
	 * molecular-flow conductance of an orifice per unit area and the ideal speed of a perfectly
	 * capturing surface per unit area.
	 *
	 * @return m3/(s m2), i.e. m/s
	 */
	public static double areaRate(double temperature, double moleculeMass) {
		return meanSpeed(temperature, moleculeMass) / 4.0;
	}

	/** Number density n = p / (k T), 1/m3. */
	public static double numberDensity(double pressure, double temperature) {
		return pressure / (BOLTZMANN * temperature);
	}
}
