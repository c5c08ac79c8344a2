package org.cryostudio.analysis.vacuum;

import java.util.Map;
import java.util.OptionalDouble;

import org.cryostudio.physics.PhysicalConstants;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.kinetic.GasKinetics;
import org.cryostudio.physics.pumps.GetterPump;

/**
 * A titanium sublimation pump or NEG: per gas a {@link GetterPump} (initial sticking, area,
 * capacity in molecules) whose speed falls as it fills; gases not listed (noble gases, CH4) are
 * not pumped.
 *
 * @param films per gas
 * @param kind  "TSP" or "NEG"
 */
public record GetterPumpElement(Map<Gas, GetterPump> films, String kind) implements Pump {

	public GetterPumpElement {
		films = Map.copyOf(films);
	}

	@Override
	public double speed(GasKinetics gas, double totalPressure, double gasTemperature, double captured) {
		GetterPump film = films.get(gas.gas());
		return film == null ? 0.0 : film.speed(Cryopump.molecules(Math.max(0, captured)), gasTemperature, gas.moleculeMass());
	}

	@Override
	public OptionalDouble capacity(GasKinetics gas) {
		GetterPump film = films.get(gas.gas());
		return film == null ? OptionalDouble.empty()
				: OptionalDouble.of(film.capacity() * PhysicalConstants.BOLTZMANN * Cryopump.CAPACITY_TEMPERATURE);
	}

	@Override
	public boolean captures() {
		return true;
	}
}
