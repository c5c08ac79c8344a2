package org.cryostudio.dsl.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;

import org.cryostudio.dsl.cryo.ColdTrap;
import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.Cryopump;
import org.cryostudio.dsl.cryo.GetterPump;
import org.cryostudio.dsl.cryo.IonPump;
import org.cryostudio.dsl.cryo.Pump;
import org.cryostudio.dsl.cryo.TurboPump;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.pumps.CapturePump;

/**
 * Pumping speeds per gas of the pumps whose speed is a molecular-flow rating (turbomolecular,
 * cryo, ion and getter pumps, cold traps): declared speeds, or capture (sticking) coefficient
 * times area times the ideal speed per area v/4 ({@link CapturePump}).
 */
final class MolecularSpeeds {

	private MolecularSpeeds() {
	}

	/** @return true for a pump whose speed holds in molecular flow only */
	static boolean isMolecular(Pump pump) {
		return pump instanceof TurboPump || pump instanceof Cryopump || pump instanceof IonPump || pump instanceof GetterPump
				|| pump instanceof ColdTrap;
	}

	/**
	 * @param gasTemperature K
	 * @return speed by gas, m3/s (empty for a pump without data)
	 */
	static Map<Gas, Double> of(Pump pump, double gasTemperature) {
		return switch (pump) {
			case TurboPump t -> SpecValues.perGas(t, Literals.TURBO_PUMP__SPEEDS);
			case Cryopump c -> SpecValues.perGas(c, Literals.CRYOPUMP__SPEEDS);
			case IonPump i -> SpecValues.perGas(i, Literals.ION_PUMP__SPEEDS);
			case GetterPump g -> capture(SpecValues.perGas(g, Literals.GETTER_PUMP__STICKINGS),
					SpecValues.positive(g, Literals.GETTER_PUMP__AREA), gasTemperature);
			case ColdTrap c -> capture(SpecValues.perGas(c, Literals.COLD_TRAP__CAPTURES),
					SpecValues.positive(c, Literals.COLD_TRAP__AREA), gasTemperature);
			default -> Map.of();
		};
	}

	private static Map<Gas, Double> capture(Map<Gas, Double> coefficients, OptionalDouble area, double gasTemperature) {
		Map<Gas, Double> out = new LinkedHashMap<>();
		if (area.isEmpty()) {
			return out;
		}
		coefficients.forEach((gas, c) -> out.put(gas,
				CapturePump.speed(c, area.getAsDouble(), gasTemperature, Fluids.of(gas).moleculeMass())));
		return out;
	}

	/**
	 * The smallest inlet that can pass a molecular-flow speed: even a perfectly absorbing inlet of
	 * area A pumps only A v/4, so A &gt;= S / (v/4).
	 *
	 * @return the diameter of that inlet, m
	 */
	static double minimumInletDiameter(Gas gas, double speed, double gasTemperature) {
		double area = speed / CapturePump.idealSpeedPerArea(gasTemperature, Fluids.of(gas).moleculeMass());
		return Math.sqrt(4 * area / Math.PI);
	}
}
