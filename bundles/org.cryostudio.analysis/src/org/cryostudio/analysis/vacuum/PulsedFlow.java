package org.cryostudio.analysis.vacuum;

import java.util.ArrayList;
import java.util.List;

import org.cryostudio.analysis.model.Check;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.vacuum.Leak;

/**
 * A pulsed process flow (plasma shots, fuelling pulses): {@code throughput} during the first
 * {@code pulse} seconds of every {@code period}, between start and end. Up to
 * {@link #RESOLVED_PULSES} pulses are followed one by one (a transient solver steps at every
 * edge); beyond that the flow is replaced by its mean ({@link Leak#pulsedMean}), which is what
 * the pressure sees when the period is short compared with the pumping time constant.
 *
 * @param name       element name
 * @param volume     volume fed
 * @param gas        gas
 * @param throughput during a pulse, Pa m3/s
 * @param pulse      pulse length, s
 * @param period     repetition period, s
 * @param start      s
 * @param end        s
 */
public record PulsedFlow(String name, String volume, Gas gas, double throughput, double pulse, double period,
		double start, double end) implements GasLoad {

	/** Largest number of pulses followed individually. */
	public static final int RESOLVED_PULSES = 200;

	public PulsedFlow {
		Check.nonNegative(name, "throughput", throughput, "Pa m3/s");
		Check.positive(name, "pulse length", pulse, "s");
		Check.positive(name, "period", period, "s");
		if (pulse > period) {
			throw new org.cryostudio.analysis.model.InvalidModelException(name, "pulse longer than its period");
		}
		if (!(end > start) || end == Double.MAX_VALUE) {
			throw new org.cryostudio.analysis.model.InvalidModelException(name, "a pulsed flow needs a finite end after its start");
		}
	}

	/** @return true when pulses are followed one by one */
	public boolean resolved() {
		return (end - start) / period <= RESOLVED_PULSES;
	}

	/** @return the mean throughput over a period, Pa m3/s */
	public double mean() {
		return Leak.pulsedMean(throughput, pulse, period);
	}

	@Override
	public double throughput(double t, WallHistory wall) {
		if (t < start || t >= end) {
			return 0.0;
		}
		if (!resolved()) {
			return mean();
		}
		double phase = (t - start) % period;
		return phase < pulse ? throughput : 0.0;
	}

	@Override
	public List<Double> switchTimes() {
		List<Double> times = new ArrayList<>();
		times.add(start);
		if (resolved()) {
			for (double t = start; t < end; t += period) {
				times.add(t);
				times.add(Math.min(end, t + pulse));
			}
		}
		times.add(end);
		return times;
	}
}
