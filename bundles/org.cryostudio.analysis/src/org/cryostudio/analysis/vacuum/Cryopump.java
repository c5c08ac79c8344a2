package org.cryostudio.analysis.vacuum;

import java.util.Map;
import java.util.OptionalDouble;

import org.cryostudio.analysis.model.Check;
import org.cryostudio.physics.PhysicalConstants;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.kinetic.GasKinetics;
import org.cryostudio.physics.pumps.CapturePump;
import org.cryostudio.physics.pumps.Cryocondensation;
import org.cryostudio.physics.pumps.GetterPump;
import org.cryostudio.physics.vacuum.SeriesTransmission;

/**
 * A cryopump: a cold panel of area A at T_panel behind an optional inlet baffle of transmission
 * W_b. Per gas: capture coefficient c (condensation probability; 0 for a gas the panel cannot
 * hold), combined with the baffle by Oatley's rule ({@link SeriesTransmission#equalArea}), speed
 * S = c_eff A v/4 ({@link CapturePump}); pressure floor p_s(T_panel) sqrt(T_gas/T_panel)
 * ({@link Cryocondensation#pressureFloor}, the vapour-pressure floor: where the network pressure
 * stays below it, no condensate can build and the panel does not pump that gas); capacity per gas
 * with Langmuir-type saturation S = S0 (1 - N/N_max) ({@link GetterPump}), so that a filling panel
 * loses speed and the regeneration interval follows.
 *
 * @param panelTemperature   K
 * @param panelArea          m2
 * @param baffleTransmission W of the inlet baffle (1: none)
 * @param capture            capture coefficient per gas
 * @param defaultCapture     for gases not listed
 * @param capacities         capacity per gas, Pa m3 (pV at 273.15 K); gases not listed: unlimited
 */
public record Cryopump(double panelTemperature, double panelArea, double baffleTransmission, Map<Gas, Double> capture,
		double defaultCapture, Map<Gas, Double> capacities) implements Pump {

	/** Temperature at which capacities are counted (pV at 0 degC, like sccm), K. */
	public static final double CAPACITY_TEMPERATURE = 273.15;

	public Cryopump {
		Check.positive("cryopump", "panel temperature", panelTemperature, "K");
		Check.positive("cryopump", "panel area", panelArea, "m2");
		Check.within("cryopump", "baffle transmission", baffleTransmission, 1e-6, 1);
		Check.within("cryopump", "default capture coefficient", defaultCapture, 0, 1);
		capture = Map.copyOf(capture);
		capacities = Map.copyOf(capacities);
		capture.forEach((g, c) -> Check.within("cryopump", "capture coefficient of " + g.symbol(), c, 0, 1));
		capacities.forEach((g, c) -> Check.positive("cryopump", "capacity for " + g.symbol(), c, "Pa m3"));
	}

	/** @return the capture coefficient including the baffle (Oatley) */
	public double effectiveCapture(Gas gas) {
		double c = capture.getOrDefault(gas, defaultCapture);
		if (c <= 0) {
			return 0.0;
		}
		return baffleTransmission >= 1 ? c : SeriesTransmission.equalArea(baffleTransmission, c);
	}

	@Override
	public double speed(GasKinetics gas, double totalPressure, double gasTemperature, double captured) {
		double c = effectiveCapture(gas.gas());
		if (c <= 0) {
			return 0.0;
		}
		Double capacity = capacities.get(gas.gas());
		if (capacity == null) {
			return CapturePump.speed(c, panelArea, gasTemperature, gas.moleculeMass());
		}
		GetterPump saturating = new GetterPump(c, panelArea, molecules(capacity));
		return saturating.speed(molecules(Math.max(0, captured)), gasTemperature, gas.moleculeMass());
	}

	@Override
	public double floor(GasKinetics gas, double gasTemperature, double captured) {
		if (effectiveCapture(gas.gas()) <= 0) {
			return 0.0;
		}
		return Cryocondensation.pressureFloor(Fluids.of(gas.gas()), panelTemperature, gasTemperature).value();
	}

	@Override
	public OptionalDouble capacity(GasKinetics gas) {
		Double c = capacities.get(gas.gas());
		return c == null ? OptionalDouble.empty() : OptionalDouble.of(c);
	}

	@Override
	public boolean captures() {
		return true;
	}

	@Override
	public String kind() {
		return "cryopump";
	}

	/** @return number of molecules in a pV quantity counted at {@link #CAPACITY_TEMPERATURE} */
	static double molecules(double pv) {
		return pv / (PhysicalConstants.BOLTZMANN * CAPACITY_TEMPERATURE);
	}
}
