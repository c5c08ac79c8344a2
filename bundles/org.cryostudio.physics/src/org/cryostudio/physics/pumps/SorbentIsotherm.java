package org.cryostudio.physics.pumps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.model.ValidityRange;

/**
 * One published cryosorption isotherm of a gas on a carbon sorbent, in the modified
 * Dubinin-Astakhov form (exponent 2) of Richard, Benard &amp; Chahine (2009): the absolute adsorbed
 * amount is n = n_max exp(-[R T ln(p0/p) / (alpha + beta T)]^2), i.e. a
 * {@link DubininRadushkevich} isotherm with the characteristic energy E = alpha + beta T and the
 * fitted pseudo-saturation pressure p0; the excess amount (what a volumetric or gravimetric
 * measurement reports) is n - rho_gas v_a. Loaded from {@code charcoal_isotherms.csv} through
 * {@link SorbentIsotherms}, which also answers for gases that have no data.
 *
 * <p>Units: T in K, p in Pa, n in mol per kg of sorbent. Validity: the temperature and pressure
 * span of the data the fit was made to. The D-R/D-A form has no Henry-law limit, so below the
 * data's pressure range it overestimates the loading, by orders of magnitude at high-vacuum
 * pressures: such answers are flagged invalid, never trusted.
 *
 * @param gas            the adsorbed gas
 * @param sorbent        the sorbent the data were measured on, e.g. "AX-21 superactivated carbon"
 * @param maxLoading     n_max, mol/kg (limiting micropore capacity)
 * @param alpha          enthalpic part of the characteristic energy, J/mol
 * @param beta           entropic part of the characteristic energy, J/(mol K)
 * @param p0             pseudo-saturation pressure, Pa
 * @param adsorbedVolume v_a, volume of the adsorbed phase, m3/kg (for the excess amount)
 * @param minTemperature lower end of the data, K
 * @param maxTemperature upper end of the data, K
 * @param minPressure    lower end of the data, Pa
 * @param maxPressure    upper end of the data, Pa
 * @param uncertainty    what is known of the fit's accuracy (text)
 * @param status         confidence flag: V1 (read in one source) or R (recalled, needs a second source)
 * @param source         literature reference
 */
public record SorbentIsotherm(Gas gas, String sorbent, double maxLoading, double alpha, double beta, double p0,
		double adsorbedVolume, double minTemperature, double maxTemperature, double minPressure, double maxPressure,
		String uncertainty, String status, String source) {

	/** Unit of the loadings returned. */
	public static final String UNIT = "mol/kg";

	/** @return characteristic energy E = alpha + beta T, J/mol */
	public double characteristicEnergy(double temperature) {
		return alpha + beta * temperature;
	}

	/** @return absolute adsorbed amount, mol/kg, without validity checks (hot path) */
	public double loadingValue(double temperature, double pressure) {
		return new DubininRadushkevich(maxLoading, characteristicEnergy(temperature)).loading(pressure, temperature, p0);
	}

	/** @return equilibrium pressure above the sorbent holding {@code loading} mol/kg at T, Pa (inverse isotherm) */
	public double equilibriumPressure(double loading, double temperature) {
		return new DubininRadushkevich(maxLoading, characteristicEnergy(temperature)).equilibriumPressure(loading,
				temperature, p0);
	}

	/** @return the validity ranges of the data: T in K and p in Pa */
	public List<ValidityRange> ranges() {
		return List.of(new ValidityRange("T", minTemperature, maxTemperature, "K"),
				new ValidityRange("p", minPressure, maxPressure, "Pa"));
	}

	/** @return short model name for results */
	public String modelName() {
		return "modified Dubinin-Astakhov (m = 2), " + gas.symbol() + " on " + sorbent;
	}

	/**
	 * Absolute adsorbed amount with validity: invalid (with warnings) outside the data's T or p span,
	 * and always warned when the parameters are recalled [R].
	 *
	 * @param temperature sorbent temperature, K
	 * @param pressure    equilibrium gas pressure, Pa
	 * @return loading, mol per kg of sorbent
	 */
	public ModelResult loading(double temperature, double pressure) {
		if (!(temperature > 0) || !(pressure > 0) || Double.isInfinite(temperature) || Double.isInfinite(pressure)) {
			return ModelResult.invalid(UNIT, modelName(), source, ranges(),
					"temperature and pressure must be positive and finite: T = " + temperature + " K, p = " + pressure + " Pa");
		}
		return checked(ModelResult.of(loadingValue(temperature, pressure), UNIT, modelName(), source, ranges()),
				temperature, pressure);
	}

	/**
	 * Excess adsorbed amount n - rho v_a, the quantity measured by volumetric and gravimetric
	 * methods (and so the one published isotherm figures show).
	 *
	 * @param bulkMolarDensity molar density of the gas at (T, p), mol/m3 (from the fluid library)
	 */
	public ModelResult excessLoading(double temperature, double pressure, double bulkMolarDensity) {
		ModelResult absolute = loading(temperature, pressure);
		double excess = absolute.value() - bulkMolarDensity * adsorbedVolume;
		return new ModelResult(excess, UNIT, absolute.valid(), "excess of " + absolute.model(), absolute.source(),
				absolute.ranges(), absolute.warnings());
	}

	private ModelResult checked(ModelResult result, double temperature, double pressure) {
		List<String> extra = new ArrayList<>();
		if (temperature < minTemperature || temperature > maxTemperature) {
			extra.add(String.format(Locale.ROOT, "T = %g K outside the %s data's %g-%g K", temperature, gas.symbol(),
					minTemperature, maxTemperature));
		}
		if (pressure < minPressure) {
			extra.add(String.format(Locale.ROOT,
					"p = %g Pa below the data's %g Pa: the D-R/D-A form has no Henry limit and overestimates the loading"
							+ " there (by orders of magnitude at high-vacuum pressures)",
					pressure, minPressure));
		} else if (pressure > maxPressure) {
			extra.add(String.format(Locale.ROOT, "p = %g Pa above the data's %g Pa", pressure, maxPressure));
		}
		if (status.equals("R")) {
			extra.add("isotherm parameters [R]: recalled, confirm with " + source);
		}
		ModelResult r = result;
		for (String w : extra) {
			r = r.withWarning(w);
		}
		return r;
	}
}
