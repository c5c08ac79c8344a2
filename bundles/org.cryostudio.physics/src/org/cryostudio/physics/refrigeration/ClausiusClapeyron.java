package org.cryostudio.physics.refrigeration;

import static org.cryostudio.physics.PhysicalConstants.GAS_CONSTANT;

/**
 * The textbook vapour-pressure model: Clausius-Clapeyron with a constant molar latent heat L,
 * ln(p/p0) = -(L/R)(1/T - 1/T0), anchored at a known point (T0, p0). It is the simple model of the
 * seed examples (water over ice from its triple point; nitrogen from its normal boiling point);
 * the accurate values come from the fluid library's saturation and sublimation correlations
 * ({@link org.cryostudio.physics.fluids.Fluid#vapourPressure}). The model ignores the temperature
 * dependence of L (and the change from vaporisation to sublimation enthalpy below the triple
 * point), so it drifts by factors far from the anchor. Source: any thermodynamics text. Inputs:
 * K, Pa, J/mol.
 *
 * @param anchorTemperature T0, K
 * @param anchorPressure    p0, Pa
 * @param latentHeat        L, J/mol
 */
public record ClausiusClapeyron(double anchorTemperature, double anchorPressure, double latentHeat) {

	/** @return p(T), Pa */
	public double pressure(double temperature) {
		return anchorPressure * Math.exp(-latentHeat / GAS_CONSTANT * (1.0 / temperature - 1.0 / anchorTemperature));
	}

	/** @return T(p), K */
	public double temperature(double pressure) {
		return 1.0 / (1.0 / anchorTemperature - GAS_CONSTANT / latentHeat * Math.log(pressure / anchorPressure));
	}
}
