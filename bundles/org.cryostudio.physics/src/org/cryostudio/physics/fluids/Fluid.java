package org.cryostudio.physics.fluids;

import org.cryostudio.physics.PhysicalConstants;
import org.cryostudio.physics.model.ModelResult;

/**
 * Thermodynamic properties of one pure (or pseudo-pure) fluid. Obtained from
 * {@link Fluids#of(Gas)}. All inputs and outputs are SI: K, Pa, kg/m3, J/kg, J/(kg K), m/s.
 * Enthalpy and entropy use the reference state of the fluid's equation of state: compare
 * differences only.
 *
 * <p>Every method that can leave a model's validity range returns a {@link ModelResult} or a
 * {@link FluidState} carrying a validity flag; nothing extrapolates silently.
 */
public interface Fluid {

	Gas gas();

	/** @return molar mass, kg/mol */
	double molarMass();

	/** @return mass of one molecule, kg */
	default double moleculeMass() {
		return molarMass() / PhysicalConstants.AVOGADRO;
	}

	/** @return critical temperature, K */
	double criticalTemperature();

	/** @return critical pressure, Pa */
	double criticalPressure();

	/** @return triple-point temperature, K (for He-4: the lower lambda point) */
	double tripleTemperature();

	/** @return triple-point pressure, Pa */
	double triplePressure();

	/** @return normal boiling point (saturation at 101325 Pa), K */
	double normalBoilingTemperature();

	/**
	 * Vapour pressure over the condensed phase: saturation (liquid-vapour) above the triple point,
	 * sublimation (solid-vapour) below it.
	 *
	 * @param temperature K
	 * @return pressure, Pa
	 */
	ModelResult vapourPressure(double temperature);

	/**
	 * Inverse of {@link #vapourPressure(double)}: the temperature at which the vapour pressure of
	 * the condensed phase equals {@code pressure}.
	 *
	 * @param pressure Pa
	 * @return temperature, K
	 */
	ModelResult vapourTemperature(double pressure);

	/** Single-phase state from temperature and pressure (the (T,p) flash). */
	FluidState stateTP(double temperature, double pressure);

	/** State from pressure and specific enthalpy (isenthalpic processes, e.g. a JT valve). */
	FluidState statePH(double pressure, double enthalpy);

	/** State from pressure and specific entropy (isentropic expansion or compression). */
	FluidState statePS(double pressure, double entropy);

	/** Saturated liquid at temperature T (phase equilibrium, not an ancillary). */
	FluidState saturatedLiquid(double temperature);

	/** Saturated vapour at temperature T (phase equilibrium, not an ancillary). */
	FluidState saturatedVapour(double temperature);

	/** Maximum Joule-Thomson inversion temperature: zero of T dB/dT - B (low-pressure limit), K. */
	ModelResult maxInversionTemperature();

	/**
	 * Upper Joule-Thomson inversion temperature at pressure p (mu_JT = 0 on the high-T branch
	 * of the inversion curve), K. Above it a throttled stream warms.
	 */
	ModelResult inversionTemperature(double pressure);
}
