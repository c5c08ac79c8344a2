package org.cryostudio.analysis.vacuum;

import java.util.Map;

import org.cryostudio.analysis.model.Check;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.kinetic.GasKinetics;
import org.cryostudio.physics.pumps.TurbomolecularPump;

/**
 * A turbomolecular pump: catalogue speed per gas up to its maximum inlet pressure (above it the
 * rotor is not at speed: no pumping; sequencing starts it below), and the back-streaming floor
 * p_fore / K0(M) of the physics library ({@link TurbomolecularPump#inletLimit}) for a fore-vacuum
 * at {@code forePressure} (applied to every gas: conservative, the fore-vacuum composition is
 * not modelled).
 *
 * @param speeds              m3/s per gas
 * @param defaultSpeed        m3/s for gases not listed
 * @param maxInletPressure    Pa
 * @param compression         compression-ratio law, or null for no floor
 * @param forePressure        fore-vacuum pressure, Pa
 */
public record TurboPump(Map<Gas, Double> speeds, double defaultSpeed, double maxInletPressure,
		TurbomolecularPump compression, double forePressure) implements Pump {

	public TurboPump {
		speeds = Map.copyOf(speeds);
		Check.positive("turbo pump", "maximum inlet pressure", maxInletPressure, "Pa");
		Check.nonNegative("turbo pump", "fore-vacuum pressure", forePressure, "Pa");
	}

	@Override
	public double speed(GasKinetics gas, double totalPressure, double gasTemperature, double captured) {
		return totalPressure > maxInletPressure ? 0.0 : speeds.getOrDefault(gas.gas(), defaultSpeed);
	}

	@Override
	public double floor(GasKinetics gas, double gasTemperature, double captured) {
		if (compression == null || forePressure == 0) {
			return 0.0;
		}
		return compression.inletLimit(Fluids.of(gas.gas()).molarMass(), forePressure);
	}

	@Override
	public String kind() {
		return "turbomolecular pump";
	}
}
