package org.cryostudio.physics.fluids;

import org.cryostudio.physics.model.ModelResult;

/**
 * A fluid described by a multiparameter Helmholtz-energy equation of state (see
 * {@link HelmholtzEos}), with the data of its fluid file.
 */
final class Helium3 implements Fluid {

	private final Gas gas;
	final FluidData data;

	private final double normalBoiling;

	Helium3(Gas gas, FluidData data) {
		this.gas = gas;
		this.data = data;
		
		this.normalBoiling = 3.1968407;
	}

	/** Temperature at which the vapour-pressure ancillary equals p (bisection; starting values only). */
	private double ancillaryTemperature(double p) {
		FluidData.Ancillary a = data.ancillaries.containsKey("pS") ? data.ancillaries.get("pS") : data.ancillaries.get("pV");
		double lo = a.minTemperature(), hi = a.maxTemperature();
		for (int i = 0; i < 100; i++) {
			double mid = 0.5 * (lo + hi);
			if (a.value(mid) < p) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		return 0.5 * (lo + hi);
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

	@Override
	public double criticalPressure() {
		return data.criticalPressure;
	}

	@Override
	public double tripleTemperature() {
		return data.tripleTemperature;
	}

	@Override
	public double triplePressure() {
		return data.triplePressureLiquid;
	}

	@Override
	public double normalBoilingTemperature() {
		return normalBoiling;
	}

	private static UnsupportedOperationException notYet() {
		return new UnsupportedOperationException("not implemented yet (issue 3 in progress)");
	}

	@Override
	public ModelResult vapourPressure(double temperature) {
		throw notYet();
	}

	@Override
	public ModelResult vapourTemperature(double pressure) {
		throw notYet();
	}

	@Override
	public FluidState stateTP(double temperature, double pressure) {
		throw notYet();
	}

	@Override
	public FluidState statePH(double pressure, double enthalpy) {
		throw notYet();
	}

	@Override
	public FluidState statePS(double pressure, double entropy) {
		throw notYet();
	}

	@Override
	public FluidState saturatedLiquid(double temperature) {
		throw notYet();
	}

	@Override
	public FluidState saturatedVapour(double temperature) {
		throw notYet();
	}

	@Override
	public ModelResult maxInversionTemperature() {
		throw notYet();
	}

	@Override
	public ModelResult inversionTemperature(double pressure) {
		throw notYet();
	}
}
