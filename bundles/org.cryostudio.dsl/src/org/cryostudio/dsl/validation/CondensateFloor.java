package org.cryostudio.dsl.validation;

import java.util.OptionalDouble;

import org.cryostudio.physics.fluids.Fluid;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.model.ValidityRange;
import org.cryostudio.physics.pumps.Cryocondensation;

/**
 * What is known of the pressure floor a condensate sets on a cold surface: the vapour (or
 * sublimation) pressure at the surface temperature, seen from the gas at Tg through thermal
 * transpiration, p_floor = p_s(Ts) sqrt(Tg/Ts) ({@link Cryocondensation#pressureFloor}, Haefer).
 *
 * <p>Vapour-pressure correlations are fitted over a temperature range. Below it nothing is
 * extrapolated: since p_s rises with T, the value at the lower end of the range is an upper bound,
 * which settles most questions (water at 12 K is far below any requirement). Above the critical
 * temperature there is no condensate at all.
 *
 * @param kind  what the value means
 * @param value the floor (EXACT) or an upper bound of it (UPPER_BOUND), Pa; 0 otherwise
 * @param model the correlation used
 * @param note  why the value is an estimate or a bound, or null
 */
record CondensateFloor(Kind kind, double value, String model, String note) {

	/** What a floor value means. */
	enum Kind {
		/** the floor itself (possibly a flagged estimate: see the note) */
		EXACT,
		/** only p_floor &lt;= value is known (surface below the correlation's range) */
		UPPER_BOUND,
		/** the surface is above the gas's critical temperature: nothing condenses */
		NO_CONDENSATE,
		/** no data */
		UNKNOWN
	}

	/**
	 * @param gas              the condensed gas
	 * @param surface          surface temperature Ts, K
	 * @param gasTemperature   temperature of the gas being pumped Tg, K
	 */
	static CondensateFloor of(Gas gas, double surface, double gasTemperature) {
		Fluid fluid = Fluids.of(gas);
		if (surface >= fluid.criticalTemperature()) {
			return new CondensateFloor(Kind.NO_CONDENSATE, 0, fluid.eosModel(), null);
		}
		ModelResult ps = CachedPhysics.vapourPressure(gas, surface);
		ValidityRange range = temperatureRange(ps);
		boolean inside = range == null || range.contains(surface);
		if (inside && ps.value() > 0) {
			double floor = Cryocondensation.pressureFloor(fluid, surface, gasTemperature).value();
			return new CondensateFloor(Kind.EXACT, floor, ps.model(), ps.valid() ? null : String.join("; ", ps.warnings()));
		}
		if (range != null && surface < range.min()) {
			ModelResult atEnd = CachedPhysics.vapourPressure(gas, range.min());
			if (atEnd.value() > 0) {
				// p_s rises with T: p_s(Ts) < p_s(T_min); transpiration factor sqrt(Tg/Ts) as in Cryocondensation
				double bound = atEnd.value() * Math.sqrt(gasTemperature / surface);
				return new CondensateFloor(Kind.UPPER_BOUND, bound, ps.model(), String.join("; ", ps.warnings())
						+ "; as p_s rises with T, only p_s < " + Show.pascal(atEnd.value()) + " (its value at "
						+ Show.kelvin(range.min()) + ") is known");
			}
		}
		return new CondensateFloor(Kind.UNKNOWN, 0, ps.model(), String.join("; ", ps.warnings()));
	}

	/**
	 * The surface temperature at which the floor equals a pressure: solves p_s(T) sqrt(Tg/T) = p by
	 * fixed-point iteration on the inverse vapour-pressure curve (p_s is steep, so it converges in
	 * a few steps).
	 *
	 * @return T in K, empty when the pressure lies outside the data of the inverse curve
	 */
	static OptionalDouble temperatureFor(Gas gas, double pressure, double gasTemperature) {
		double t = Double.NaN;
		double target = pressure;
		for (int i = 0; i < 8; i++) {
			ModelResult r = CachedPhysics.vapourTemperature(gas, target);
			ValidityRange range = temperatureRange(r);
			boolean estimateInRange = r.value() > 0 && (range == null || range.contains(r.value()));
			if (!(r.valid() || estimateInRange) || !(r.value() > 0)) {
				return OptionalDouble.empty();
			}
			if (Math.abs(r.value() - t) < 1e-6 * r.value()) {
				break;
			}
			t = r.value();
			target = pressure * Math.sqrt(t / gasTemperature);
		}
		return Double.isFinite(t) && t > 0 ? OptionalDouble.of(t) : OptionalDouble.empty();
	}

	/** @return the correlation, or why its value is an estimate or a bound */
	String source() {
		return note == null ? model : note;
	}

	/** @return true when the floor is known to be above the pressure (a proof, not an estimate beyond the data) */
	boolean above(double pressure) {
		return kind == Kind.EXACT && value > pressure;
	}

	/** @return true when the floor is known to be at or below the pressure */
	boolean atMost(double pressure) {
		return (kind == Kind.EXACT || kind == Kind.UPPER_BOUND) && value <= pressure;
	}

	private static ValidityRange temperatureRange(ModelResult r) {
		for (ValidityRange range : r.ranges()) {
			if (range.quantity().equals("T")) {
				return range;
			}
		}
		return null;
	}
}
