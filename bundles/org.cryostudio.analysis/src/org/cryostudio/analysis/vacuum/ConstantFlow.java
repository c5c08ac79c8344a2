package org.cryostudio.analysis.vacuum;

import java.util.ArrayList;
import java.util.List;

import org.cryostudio.analysis.model.Check;
import org.cryostudio.physics.fluids.Gas;

/**
 * A constant gas flow into a volume while a window is open: a leak (whole scenario) or a process
 * or fuelling flow (from start to end). Leaks calibrated with another gas are converted before
 * (physics {@link org.cryostudio.physics.vacuum.Leak}).
 *
 * @param name       element name
 * @param volume     volume fed
 * @param gas        gas
 * @param throughput Pa m3/s
 * @param start      s
 * @param end        s (Double.MAX_VALUE: to the end)
 */
public record ConstantFlow(String name, String volume, Gas gas, double throughput, double start, double end)
		implements GasLoad {

	public ConstantFlow {
		Check.nonNegative(name, "throughput", throughput, "Pa m3/s");
		Check.nonNegative(name, "start", start, "s");
		if (!(end > start)) {
			throw new org.cryostudio.analysis.model.InvalidModelException(name, "end must come after start");
		}
	}

	/** @return a flow for the whole scenario */
	public static ConstantFlow always(String name, String volume, Gas gas, double throughput) {
		return new ConstantFlow(name, volume, gas, throughput, 0, Double.MAX_VALUE);
	}

	@Override
	public double throughput(double t, WallHistory wall) {
		return t >= start && t < end ? throughput : 0.0;
	}

	@Override
	public List<Double> switchTimes() {
		List<Double> times = new ArrayList<>();
		if (start > 0) {
			times.add(start);
		}
		if (end < Double.MAX_VALUE) {
			times.add(end);
		}
		return times;
	}
}
