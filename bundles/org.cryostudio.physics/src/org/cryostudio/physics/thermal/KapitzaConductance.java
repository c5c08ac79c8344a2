package org.cryostudio.physics.thermal;

/**
 * Kapitza (thermal boundary) conductance between a solid and liquid helium, h_K = a T^n, and the
 * heat flow through an interface for a small temperature step (or the integrated form for a large
 * one: Q = A a (Ts^(n+1) - Tl^(n+1))/(n+1)).
 *
 * <p>Source: S. W. Van Sciver, <i>Helium Cryogenics</i>, 2nd ed. (Springer 2012), ch. 7: for copper
 * and He II typical measured values are h_K ~ 900 T^3 W/(m2 K) (surface-condition dependent, scatter
 * about a factor 2), while acoustic-mismatch theory gives ~20 T^3 [R: value recalled, check the
 * table]. Valid for He II (T &lt; 2.17 K) with small dT/T. Inputs: K, W/(m2 K^(n+1)), m2.
 *
 * @param coefficient a, W/(m2 K^(n+1))
 * @param exponent    n (3 for phonon-limited transport)
 */
public record KapitzaConductance(double coefficient, double exponent) {

	/** Typical copper / He II value (Van Sciver, Helium Cryogenics, ch. 7) [R]. */
	public static final KapitzaConductance COPPER_HE_II = new KapitzaConductance(900.0, 3.0);

	/** @return h_K at T, W/(m2 K) */
	public double conductance(double temperature) {
		return coefficient * Math.pow(temperature, exponent);
	}

	/** @return heat flow from the solid at Ts to the helium at Tl through area A, W (integrated form) */
	public double heatFlow(double area, double solidTemperature, double heliumTemperature) {
		return area * coefficient * (Math.pow(solidTemperature, exponent + 1) - Math.pow(heliumTemperature, exponent + 1))
				/ (exponent + 1);
	}
}
