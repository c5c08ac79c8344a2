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

	/**
	 * @return triple-point temperature, K (for He-4: the lower lambda point, 2.1768 K; NaN for He-3,
	 *         which has no triple point at its saturation pressure)
	 */
	double tripleTemperature();

	/** @return triple-point pressure (liquid side), Pa; NaN for He-3 */
	double triplePressure();

	/**
	 * @return normal boiling point: the temperature at which {@link #vapourPressure(double)} is
	 *         101325 Pa, K (for CO2, whose triple-point pressure exceeds 1 atm, the normal
	 *         sublimation temperature; for He-4 and He-3 the ITS-90 value)
	 */
	double normalBoilingTemperature();

	/** @return short name of the property model, e.g. "Helmholtz EoS Span-JPCRD-2000" */
	String eosModel();

	/** @return full literature citation(s) of the property model */
	String eosSource();

	/** @return validity ranges of the property model (T in K, p in Pa) */
	java.util.List<org.cryostudio.physics.model.ValidityRange> validityRanges();

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

	/**
	 * Single-phase state from temperature and pressure (the (T,p) flash). Below the critical
	 * temperature the phase follows from the saturation pressure (liquid above it, gas below).
	 */
	FluidState stateTP(double temperature, double pressure);

	/**
	 * State from temperature (K) and density (kg/m3), the natural variables of the EoS: p(rho,T)
	 * and every other property without iteration. Inside the two-phase dome this is the
	 * (metastable or unstable) single-phase EoS state, flagged with a warning when unstable.
	 */
	FluidState stateTRho(double temperature, double density);

	/** State from pressure and specific enthalpy (isenthalpic processes, e.g. a JT valve). */
	FluidState statePH(double pressure, double enthalpy);

	/** State from pressure and specific entropy (isentropic expansion or compression). */
	FluidState statePS(double pressure, double entropy);

	/** Saturated liquid at temperature T (phase equilibrium, not an ancillary). */
	FluidState saturatedLiquid(double temperature);

	/** Saturated vapour at temperature T (phase equilibrium, not an ancillary). */
	FluidState saturatedVapour(double temperature);

	/**
	 * Pressure from the EoS at temperature and density, p(rho, T), for hot numerical loops: no
	 * validity bookkeeping (check the state once with {@link #stateTRho}).
	 *
	 * @param temperature K
	 * @param density     kg/m3
	 * @return pressure, Pa
	 * @throws IllegalStateException for a fluid without an equation of state (He-3)
	 */
	double pressure(double temperature, double density);

	/**
	 * Second virial coefficient B(T) of the EoS, lim(rho->0) (Z-1)/rho_molar.
	 *
	 * @param temperature K
	 * @return B in m3/mol
	 */
	ModelResult secondVirialCoefficient(double temperature);

	/** Maximum Joule-Thomson inversion temperature: zero of T dB/dT - B (low-pressure limit), K. */
	ModelResult maxInversionTemperature();

	/**
	 * Upper Joule-Thomson inversion temperature at pressure p (mu_JT = 0 on the high-T branch
	 * of the inversion curve), K. Above it a throttled stream warms.
	 */
	ModelResult inversionTemperature(double pressure);
}
