package org.cryostudio.physics;

/**
 * Fundamental constants, exact in the 2019 SI (CODATA 2018, https://physics.nist.gov/cuu/Constants/)
 * unless marked otherwise.
 */
public final class PhysicalConstants {
	/** Boltzmann constant, J/K (exact). */
	public static final double BOLTZMANN = 1.380649e-23;
	/** Avogadro constant, 1/mol (exact). */
	public static final double AVOGADRO = 6.02214076e23;
	/** Molar gas constant R = k N_A, J/(mol K) (exact). */
	public static final double GAS_CONSTANT = BOLTZMANN * AVOGADRO;
	/** Planck constant, J s (exact). */
	public static final double PLANCK = 6.62607015e-34;
	/** Elementary charge, C (exact); also J per eV. */
	public static final double ELEMENTARY_CHARGE = 1.602176634e-19;
	/** Stefan-Boltzmann constant, W/(m2 K4) (exact, derived from k, h, c). */
	public static final double STEFAN_BOLTZMANN = 5.670374419e-8;
	/** Standard acceleration of gravity, m/s2 (exact, CGPM 1901). */
	public static final double STANDARD_GRAVITY = 9.80665;
	/** Standard atmosphere, Pa (exact). */
	public static final double STANDARD_ATMOSPHERE = 101325.0;

	private PhysicalConstants() {
	}
}
