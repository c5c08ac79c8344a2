package org.cryostudio.bench.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.cryostudio.physics.fluids.Fluid;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.vacuum.KnudsenTubeConductance;

/**
 * Throughput of the property calls validation rules and solvers make, as calls per second in a
 * warm JVM. A plain timed loop (warm-up, then a fixed time) whose inputs sweep 1024 states, with
 * the results folded into a sink so that nothing is optimised away; tools/bench-physics.sh has
 * the JMH versions with error bars.
 */
final class PropertyBench {

	private double sink;

	List<Measurement> run(double seconds) {
		Fluid n2 = Fluids.of(Gas.N2);
		Fluid he = Fluids.of(Gas.HE);
		List<Measurement> rows = new ArrayList<>();
		rows.add(measure("N2 (T,p) flash, gas 100-300 K, 1-10 bar", seconds,
				x -> n2.stateTP(100 + 200 * x, 1e5 + 9e5 * x).density()));
		rows.add(measure("N2 vapour pressure by phase equilibrium, 64-125 K", seconds,
				x -> n2.vapourPressure(64 + 61 * x).value()));
		rows.add(measure("He-4 (T,p) flash, 4.5-300 K at 1 bar", seconds,
				x -> he.stateTP(4.5 + 295.5 * x, 1e5).density()));
		rows.add(measure("tube conductance in any regime (Knudsen), 1e-4-100 Pa", seconds,
				x -> KnudsenTubeConductance.of(0.1, 1.0, Math.pow(10, -4 + 6 * x), 295, 4.65e-26, 1.76e-5)));
		if (sink == 42.4242) {
			System.out.println(); // keeps the sink alive
		}
		return rows;
	}

	private Measurement measure(String what, double seconds, DoubleUnaryOperator call) {
		loop(call, seconds / 2); // warm-up: JIT compilation
		double rate = loop(call, seconds);
		return new Measurement("Property calls (warm JVM)", what, Stats.rate(rate, "calls"),
				String.format(java.util.Locale.ROOT, "timed loop, %.1f s after %.1f s warm-up", seconds, seconds / 2));
	}

	private double loop(DoubleUnaryOperator call, double seconds) {
		long end = System.nanoTime() + (long) (seconds * 1e9);
		long calls = 0;
		long start = System.nanoTime();
		int i = 0;
		while (true) {
			for (int k = 0; k < 256; k++) {
				i = (i + 1) & 1023;
				sink += call.applyAsDouble(i / 1023.0);
			}
			calls += 256;
			long now = System.nanoTime();
			if (now >= end) {
				return calls / ((now - start) / 1e9);
			}
		}
	}
}
