package org.cryostudio.bench.physics;

import java.util.concurrent.TimeUnit;

import org.cryostudio.physics.fluids.Fluid;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Calls per second of the real-fluid property calls solvers make: p(rho,T) of the Helmholtz EoS,
 * the vapour pressure by phase equilibrium (Maxwell), the (T,p) flash with all properties, and a
 * sublimation pressure. Nitrogen (Span et al. 2000: 36 residual terms) and helium (Ortiz-Vega
 * 2019: 23 terms) as typical cases; inputs cycle through 1024 values so that nothing folds.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FluidPropertyBenchmark {

	private Fluid n2;
	private Fluid he;
	private int i;

	@Setup
	public void setUp() {
		n2 = Fluids.of(Gas.N2);
		he = Fluids.of(Gas.HE);
		n2.stateTP(300, 1e5); // load and parse the data outside the measurement
		he.stateTP(300, 1e5);
	}

	private double x() {
		i = (i + 1) & 1023;
		return i / 1023.0;
	}

	/** N2 pressure from density and temperature, 80-300 K, 1-700 kg/m3. */
	@Benchmark
	public double pressureRhoTNitrogen() {
		double x = x();
		return n2.pressure(80 + 220 * x, 1 + 699 * x);
	}

	/** N2 vapour pressure by phase equilibrium, 64-125 K. */
	@Benchmark
	public double vapourPressureNitrogen() {
		return n2.vapourPressure(64 + 61 * x()).value();
	}

	/** He-4 saturation (EoS phase equilibrium, not ITS-90), 2.2-5.1 K. */
	@Benchmark
	public double saturationHelium() {
		return he.saturatedVapour(2.2 + 2.9 * x()).pressure();
	}

	/** N2 sublimation pressure (Fray & Schmitt fit), 20-60 K. */
	@Benchmark
	public double sublimationPressureNitrogen() {
		return n2.vapourPressure(20 + 40 * x()).value();
	}

	/** N2 (T,p) flash, gas 100-300 K at 1-10 bar: density and all properties. */
	@Benchmark
	public double flashTpNitrogenGas() {
		double x = x();
		return n2.stateTP(100 + 200 * x, 1e5 + 9e5 * x).density();
	}

	/** N2 (T,p) flash, compressed liquid 65-100 K at 20 bar. */
	@Benchmark
	public double flashTpNitrogenLiquid() {
		return n2.stateTP(65 + 35 * x(), 2e6).density();
	}

	/** He (T,p) flash, 4.5-300 K at 1 bar. */
	@Benchmark
	public double flashTpHelium() {
		return he.stateTP(4.5 + 295 * x(), 1e5).density();
	}

	/** N2 (p,h) flash at 1 bar across the dome (the JT-valve calculation). */
	@Benchmark
	public double flashPhNitrogen() {
		return n2.statePH(1e5, -100e3 + 400e3 * x()).temperature();
	}
}
