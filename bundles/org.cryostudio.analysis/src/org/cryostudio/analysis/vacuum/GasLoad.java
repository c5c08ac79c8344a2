package org.cryostudio.analysis.vacuum;

import java.util.List;

import org.cryostudio.physics.fluids.Gas;

/**
 * A source of gas into one volume: outgassing, diffusion outgassing, a leak, a process flow.
 * Throughput is a pV flow at the volume's temperature, Pa m3/s, and depends only on time and the
 * volume's wall history (never on pressure: sources of vacuum systems are pressure-independent
 * until far above the pressures where they matter).
 */
public sealed interface GasLoad permits Outgassing, HydrogenDiffusion, ConstantFlow, PulsedFlow {

	/** @return element name */
	String name();

	/** @return name of the volume it feeds */
	String volume();

	/** @return the gas released */
	Gas gas();

	/**
	 * @param t    time since the start of pumping, s (&gt; 0)
	 * @param wall the wall temperature history of the volume
	 * @return throughput, Pa m3/s (&gt;= 0)
	 */
	double throughput(double t, WallHistory wall);

	/** @return times at which the throughput jumps (a transient solver steps exactly there), s */
	default List<Double> switchTimes() {
		return List.of();
	}
}
