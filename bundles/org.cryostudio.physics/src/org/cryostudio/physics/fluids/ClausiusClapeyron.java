package org.cryostudio.physics.fluids;

import java.util.List;

import org.cryostudio.physics.PhysicalConstants;
import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.model.ValidityRange;

/**
 * Clausius-Clapeyron vapour pressure with a constant molar latent heat L through a reference
 * point: p = p0 exp(-L/R (1/T - 1/T0)), and its inverse T = 1/(1/T0 - R ln(p/p0)/L). The textbook
 * model beside the phase-equilibrium answer; good to a few percent within ~10-20 % of T0 for
 * simple fluids, worse towards the critical point where L vanishes.
 *
 * @param referenceTemperature T0, K
 * @param referencePressure    p0, Pa
 * @param latentHeat           L, J/mol (vaporisation or sublimation)
 * @param range                temperature interval in which the caller trusts the model
 */
public record ClausiusClapeyron(double referenceTemperature, double referencePressure, double latentHeat,
		ValidityRange range) {

	private static final String MODEL = "Clausius-Clapeyron, constant latent heat";

	/**
	 * The model through the saturation state of a fluid's EoS at T0, with L = M (h_V - h_L) there;
	 * trusted within +-20 % of T0 and below the critical point.
	 *
	 * @throws IllegalArgumentException when the fluid has no saturation state at T0
	 */
	public static ClausiusClapeyron fromSaturation(Fluid fluid, double t0) {
		FluidState l = fluid.saturatedLiquid(t0), v = fluid.saturatedVapour(t0);
		if (!v.valid() || v.pressure() <= 0) {
			throw new IllegalArgumentException("no saturation state for " + fluid.gas().symbol() + " at " + t0 + " K");
		}
		double latent = (v.enthalpy() - l.enthalpy()) * fluid.molarMass();
		double hi = Math.min(1.2 * t0, fluid.criticalTemperature());
		return new ClausiusClapeyron(t0, v.pressure(), latent, new ValidityRange("T", 0.8 * t0, hi, "K"));
	}

	private String source() {
		return String.format(java.util.Locale.ROOT, "reference point %.6g K, %.6g Pa, L = %.6g J/mol", referenceTemperature,
				referencePressure, latentHeat);
	}

	/** @return vapour pressure at T (K), Pa; invalid outside {@link #range()} */
	public ModelResult pressure(double temperature) {
		double p = referencePressure
				* Math.exp(-latentHeat / PhysicalConstants.GAS_CONSTANT * (1 / temperature - 1 / referenceTemperature));
		ModelResult r = ModelResult.of(p, "Pa", MODEL, source(), List.of(range));
		return range.contains(temperature) ? r : r.withWarning("T = " + temperature + " K outside " + range);
	}

	/** @return temperature (K) at which the vapour pressure is p (Pa); invalid outside {@link #range()} */
	public ModelResult temperature(double pressure) {
		double t = 1 / (1 / referenceTemperature
				- PhysicalConstants.GAS_CONSTANT * Math.log(pressure / referencePressure) / latentHeat);
		if (!(t > 0) || !Double.isFinite(t)) {
			return ModelResult.invalid("K", MODEL, source(), List.of(range), "no positive temperature gives p = " + pressure + " Pa");
		}
		ModelResult r = ModelResult.of(t, "K", MODEL, source(), List.of(range));
		return range.contains(t) ? r : r.withWarning("T = " + t + " K outside " + range);
	}
}
