package org.cryostudio.physics.fluids;

import java.util.List;

import org.cryostudio.physics.PhysicalConstants;
import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.model.ValidityRange;

/**
 * Helium-3: constants (from {@code Helium3.fluid}) and the ITS-90 He-3 vapour-pressure equation
 * (0.65-3.2 K, Preston-Thomas, Metrologia 27 (1990) 3) only. CryoStudio ships no equation of
 * state for He-3, so every state method answers invalid with a warning saying so, and the
 * triple-point methods return NaN: He-3 has no triple point at its saturation pressure.
 */
final class Helium3 implements Fluid {

	private static final String NO_EOS = "no equation of state for He-3 in CryoStudio: only its molar mass, "
			+ "critical point and ITS-90 vapour pressure (0.65-3.2 K) are available";

	private final Gas gas;
	private final FluidData data;
	private final VapourPressureCurve its90;
	private final double normalBoiling;

	Helium3(Gas gas, FluidData data) {
		this.gas = gas;
		this.data = data;
		this.its90 = VapourPressureCurve.of(gas).get(0);
		this.normalBoiling = its90.temperature(PhysicalConstants.STANDARD_ATMOSPHERE);
	}

	@Override
	public Gas gas() {
		return gas;
	}

	@Override
	public double molarMass() {
		return data.molarMass;
	}

	@Override
	public double criticalTemperature() {
		return data.criticalTemperature;
	}

	/** @return the critical pressure, Pa (ITS-90 equation extrapolated to T_c: about 1 % uncertain) */
	@Override
	public double criticalPressure() {
		return data.criticalPressure;
	}

	/** @return NaN: He-3 stays liquid down to 0 K at its saturation pressure */
	@Override
	public double tripleTemperature() {
		return Double.NaN;
	}

	/** @return NaN: He-3 has no triple point at its saturation pressure */
	@Override
	public double triplePressure() {
		return Double.NaN;
	}

	/** @return 3.19684 K, from the ITS-90 He-3 equation at 101325 Pa */
	@Override
	public double normalBoilingTemperature() {
		return normalBoiling;
	}

	@Override
	public String eosModel() {
		return its90.model;
	}

	@Override
	public String eosSource() {
		return its90.source;
	}

	@Override
	public List<ValidityRange> validityRanges() {
		return List.of(new ValidityRange("T", its90.minTemperature, its90.maxTemperature, "K"));
	}

	@Override
	public ModelResult vapourPressure(double temperature) {
		if (!(temperature > 0)) {
			return ModelResult.invalid("Pa", its90.model, its90.source, validityRanges(), "T must be positive");
		}
		if (temperature >= data.criticalTemperature) {
			return ModelResult.invalid("Pa", its90.model, its90.source, validityRanges(), String.format(
					"T = %s K is at or above the He-3 critical temperature (3.3157 K): no vapour pressure",
					HelmholtzFluid.fmt(temperature)));
		}
		return HelmholtzFluid.curveResult(its90, its90.pressure(temperature), temperature, "T", "Pa");
	}

	@Override
	public ModelResult vapourTemperature(double pressure) {
		if (!(pressure > 0)) {
			return ModelResult.invalid("K", its90.model, its90.source, validityRanges(), "p must be positive");
		}
		if (pressure >= data.criticalPressure) {
			return ModelResult.invalid("K", its90.model, its90.source, validityRanges(), String.format(
					"p = %s Pa is at or above the He-3 critical pressure: no saturation temperature",
					HelmholtzFluid.fmt(pressure)));
		}
		double t = its90.temperature(pressure);
		return HelmholtzFluid.curveResult(its90, t, t, "p", "K");
	}

	private FluidState none(double t, double p) {
		return new FluidState(t, p, 0, 0, 0, 0, 0, 0, 0, 0, 0, FluidState.Phase.GAS, -1, false, List.of(NO_EOS));
	}

	@Override
	public FluidState stateTP(double temperature, double pressure) {
		return none(temperature, pressure);
	}

	@Override
	public FluidState stateTRho(double temperature, double density) {
		return none(temperature, 0);
	}

	/** @throws IllegalStateException always: there is no equation of state for He-3 */
	@Override
	public double pressure(double temperature, double density) {
		throw new IllegalStateException(NO_EOS);
	}

	@Override
	public FluidState statePH(double pressure, double enthalpy) {
		return none(0, pressure);
	}

	@Override
	public FluidState statePS(double pressure, double entropy) {
		return none(0, pressure);
	}

	@Override
	public FluidState saturatedLiquid(double temperature) {
		return none(temperature, 0);
	}

	@Override
	public FluidState saturatedVapour(double temperature) {
		return none(temperature, 0);
	}

	@Override
	public ModelResult secondVirialCoefficient(double temperature) {
		return ModelResult.invalid("m3/mol", "none", "", List.of(), NO_EOS);
	}

	@Override
	public ModelResult maxInversionTemperature() {
		return ModelResult.invalid("K", "none", "", List.of(), NO_EOS);
	}

	@Override
	public ModelResult inversionTemperature(double pressure) {
		return ModelResult.invalid("K", "none", "", List.of(), NO_EOS);
	}
}
