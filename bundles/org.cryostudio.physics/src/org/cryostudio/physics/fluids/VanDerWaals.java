package org.cryostudio.physics.fluids;

import java.util.List;

import org.cryostudio.physics.PhysicalConstants;
import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.model.ValidityRange;

/**
 * The van der Waals equation of state p = R T/(V_m - b) - a/V_m^2 with a and b fixed by the
 * critical point (a = 27 R^2 T_c^2/(64 p_c), b = R T_c/(8 p_c)), kept beside the reference EoS as
 * the textbook model reports can show. Joule-Thomson inversion in the low-density form
 * T_inv = (2a/(R b)) ((V_m - b)/V_m)^2, whose maximum 2a/(R b) = 27/4 T_c is the zero-density
 * limit (e.g. R. F. Barron, <i>Cryogenic Systems</i>, 2nd ed., Oxford 1985, sec. 3.3; M. W.
 * Zemansky, <i>Heat and Thermodynamics</i>). Qualitative only: the maximum inversion temperature is
 * typically 10-40 % too high (N2: 854 K against 608 K from the Span EoS).
 *
 * @param gas                 the gas whose critical point fixes a and b
 * @param criticalTemperature K
 * @param criticalPressure    Pa
 */
public record VanDerWaals(Gas gas, double criticalTemperature, double criticalPressure) {

	private static final String SOURCE = "van der Waals (1873); a, b from the critical point of the reference EoS; "
			+ "qualitative model (errors of 10-40 % in inversion temperatures)";

	/** @return the model with the critical point of the gas's reference EoS */
	public static VanDerWaals of(Gas gas) {
		Fluid f = Fluids.of(gas);
		return new VanDerWaals(gas, f.criticalTemperature(), f.criticalPressure());
	}

	/** @return a, Pa m6/mol2 */
	public double a() {
		double r = PhysicalConstants.GAS_CONSTANT;
		return 27 * r * r * criticalTemperature * criticalTemperature / (64 * criticalPressure);
	}

	/** @return b, m3/mol */
	public double b() {
		return PhysicalConstants.GAS_CONSTANT * criticalTemperature / (8 * criticalPressure);
	}

	/**
	 * @param temperature  K
	 * @param molarVolume  m3/mol (&gt; b)
	 * @return pressure, Pa
	 */
	public double pressure(double temperature, double molarVolume) {
		return PhysicalConstants.GAS_CONSTANT * temperature / (molarVolume - b()) - a() / (molarVolume * molarVolume);
	}

	/** @return maximum inversion temperature 2a/(R b) = 27 T_c / 4, K */
	public ModelResult maxInversionTemperature() {
		double t = 2 * a() / (PhysicalConstants.GAS_CONSTANT * b());
		return ModelResult.of(t, "K", "van der Waals, T_inv,max = 2a/(R b)", SOURCE,
				List.of());
	}

	/**
	 * @param molarVolume m3/mol
	 * @return inversion temperature at that molar volume, (2a/(R b)) ((V_m - b)/V_m)^2, K
	 */
	public ModelResult inversionTemperature(double molarVolume) {
		double x = (molarVolume - b()) / molarVolume;
		double t = 2 * a() / (PhysicalConstants.GAS_CONSTANT * b()) * x * x;
		List<ValidityRange> r = List.of(new ValidityRange("V_m", b(), Double.POSITIVE_INFINITY, "m3/mol"));
		if (!(molarVolume > b())) {
			return ModelResult.invalid("K", "van der Waals inversion curve", SOURCE, r, "V_m must exceed b = " + b() + " m3/mol");
		}
		return ModelResult.of(t, "K", "van der Waals inversion curve", SOURCE, r);
	}
}
