package org.cryostudio.physics.kinetic;

/**
 * Gas-flow regime in a duct, decided from the Knudsen number Kn = lambda / D (mean free path
 * over the smallest cross-section dimension), never declared by hand.
 *
 * <p>Boundaries follow the usual vacuum-technology convention: molecular for Kn &gt; 0.5, viscous
 * (continuum) for Kn &lt; 0.01, transitional (Knudsen) in between. Source: K. Jousten (ed.),
 * <i>Handbook of Vacuum Technology</i> (Wiley-VCH 2008), sec. 4.1; J. F. O'Hanlon, <i>A User's
 * Guide to Vacuum Technology</i>, 3rd ed., sec. 3.1. The boundaries are conventions, not sharp
 * physical limits: the transitional interpolation used by the conductance models is continuous
 * across them.
 */
public enum FlowRegime {
	VISCOUS, TRANSITIONAL, MOLECULAR;

	/** Kn above which flow is free-molecular. */
	public static final double MOLECULAR_LIMIT = 0.5;
	/** Kn below which flow is viscous (continuum). */
	public static final double VISCOUS_LIMIT = 0.01;

	/**
	 * @param meanFreePath m
	 * @param dimension    characteristic duct dimension (tube diameter), m
	 * @return Kn = lambda / D (dimensionless)
	 */
	public static double knudsenNumber(double meanFreePath, double dimension) {
		return meanFreePath / dimension;
	}

	/** @return the regime for a Knudsen number */
	public static FlowRegime of(double knudsenNumber) {
		if (knudsenNumber > MOLECULAR_LIMIT) {
			return MOLECULAR;
		}
		if (knudsenNumber < VISCOUS_LIMIT) {
			return VISCOUS;
		}
		return TRANSITIONAL;
	}
}
