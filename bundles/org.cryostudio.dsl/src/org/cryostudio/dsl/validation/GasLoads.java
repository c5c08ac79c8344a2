package org.cryostudio.dsl.validation;

import java.util.OptionalDouble;

import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.GasFlow;
import org.cryostudio.dsl.cryo.GasSource;
import org.cryostudio.dsl.cryo.GasSpecies;
import org.cryostudio.dsl.cryo.Leak;
import org.cryostudio.dsl.cryo.Outgassing;
import org.cryostudio.dsl.cryo.Permeation;
import org.cryostudio.dsl.cryo.Volume;
import org.cryostudio.dsl.model.ComponentTypes;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.vacuum.OutgassingLaw;

/**
 * Gas of one species a source releases into its volume over an interval of pumping time, in Pa m3:
 * outgassing by its time law q(t) = rate (t / t_rate)^-decay (held at the stated rate before
 * t_rate, where the law is not stated, and integrated by {@link OutgassingLaw#releasedBetween}
 * after it), leaks and permeation (Henry's law, {@link org.cryostudio.physics.vacuum.Permeation})
 * at their steady rate, process flows by their pulse pattern. Bakeout reductions are left out,
 * which overstates water and hydrogen loads of baked surfaces.
 */
final class GasLoads {

	private static final double HOUR = 3600.0;

	private GasLoads() {
	}

	/**
	 * @param from pumping time at the start of the interval, s
	 * @param to   pumping time at its end, s
	 * @return Pa m3 of the gas (0 for a source of another gas, a process flow, or incomplete data)
	 */
	static double steady(GasSource source, Volume volume, Gas gas, double from, double to) {
		double fraction = fraction(source, gas);
		if (fraction == 0 || !(to > from)) {
			return 0;
		}
		return switch (source) {
			case Outgassing o -> fraction * outgassing(o, volume, from, to);
			case Leak l -> fraction * SpecValues.si(l, Literals.LEAK__RATE).orElse(0) * (to - from);
			case Permeation p -> fraction * permeation(p) * (to - from);
			default -> 0;
		};
	}

	/** @return Pa m3 of the gas a process flow releases when run for a duration (pulses start with the run) */
	static double process(GasFlow flow, Gas gas, double duration) {
		double fraction = fraction(flow, gas);
		OptionalDouble q = SpecValues.si(flow, Literals.GAS_FLOW__THROUGHPUT);
		if (fraction == 0 || q.isEmpty()) {
			return 0;
		}
		OptionalDouble pulse = SpecValues.positive(flow, Literals.GAS_FLOW__PULSE_LENGTH);
		OptionalDouble period = SpecValues.positive(flow, Literals.GAS_FLOW__PULSE_PERIOD);
		double on = duration;
		if (pulse.isPresent() && period.isPresent()) {
			double cycles = Math.floor(duration / period.getAsDouble());
			on = cycles * Math.min(pulse.getAsDouble(), period.getAsDouble())
					+ Math.min(pulse.getAsDouble(), duration - cycles * period.getAsDouble());
		}
		OptionalDouble limit = SpecValues.positive(flow, Literals.GAS_FLOW__DURATION);
		if (limit.isPresent()) {
			on = Math.min(on, limit.getAsDouble());
		}
		return fraction * q.getAsDouble() * on;
	}

	/** @return the mole fraction of the gas in what the source releases */
	static double fraction(GasSource source, Gas gas) {
		Object species = ComponentTypes.effective(source, Literals.GAS_SOURCE__GAS);
		return species instanceof GasSpecies s ? SpecValues.components(s).getOrDefault(gas, 0.0) : 0;
	}

	private static double outgassing(Outgassing o, Volume volume, double from, double to) {
		OptionalDouble rate = SpecValues.si(o, Literals.OUTGASSING__RATE);
		OptionalDouble area = SpecValues.positive(o, Literals.OUTGASSING__AREA);
		if (area.isEmpty() && volume != null) {
			area = SpecValues.positive(volume, Literals.VOLUME__WALL_AREA);
		}
		if (rate.isEmpty() || area.isEmpty()) {
			return 0;
		}
		double t0 = SpecValues.positive(o, Literals.OUTGASSING__RATE_TIME).orElse(HOUR);
		double decay = SpecValues.si(o, Literals.OUTGASSING__DECAY).orElse(0);
		double constant = rate.getAsDouble() * (Math.min(to, t0) - Math.min(from, t0));
		double a = Math.max(from, t0);
		double b = Math.max(to, t0);
		double decaying = 0;
		if (b > a) {
			// the library's law is stated at 1 h: q1 = rate (t0 / 1 h)^decay
			double q1 = rate.getAsDouble() * Math.pow(t0 / HOUR, decay);
			decaying = new OutgassingLaw("spec", "", "", q1, decay, 0, Double.MAX_VALUE, "spec", "the spec").releasedBetween(a, b);
		}
		return (constant + decaying) * area.getAsDouble();
	}

	private static double permeation(Permeation p) {
		OptionalDouble k = SpecValues.si(p, Literals.PERMEATION__PERMEABILITY);
		OptionalDouble a = SpecValues.si(p, Literals.PERMEATION__AREA);
		OptionalDouble d = SpecValues.positive(p, Literals.PERMEATION__THICKNESS);
		OptionalDouble up = SpecValues.si(p, Literals.PERMEATION__UPSTREAM_PRESSURE);
		if (k.isEmpty() || a.isEmpty() || d.isEmpty() || up.isEmpty()) {
			return 0;
		}
		return org.cryostudio.physics.vacuum.Permeation.henry(k.getAsDouble(), a.getAsDouble(), d.getAsDouble(), up.getAsDouble(), 0);
	}
}
