package org.cryostudio.bench.physics;

import java.util.concurrent.TimeUnit;

import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.kinetic.GasKinetics;
import org.cryostudio.physics.thermal.FloatingShields;
import org.cryostudio.physics.thermal.GreyBodyRadiation;
import org.cryostudio.physics.thermal.Material;
import org.cryostudio.physics.thermal.Materials;
import org.cryostudio.physics.thermal.MultilayerInsulation;
import org.cryostudio.physics.thermal.ResidualGasConduction;
import org.cryostudio.physics.vacuum.KnudsenTubeConductance;
import org.cryostudio.physics.vacuum.MolecularConductance;
import org.cryostudio.physics.vacuum.SeriesTransmission;
import org.cryostudio.physics.vacuum.TubeTransmission;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Cost of the conductance and heat-transfer calls that vacuum and thermal solvers make in their
 * inner loops (one call per network element per iteration). Inputs vary per call so that nothing
 * is constant-folded.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PhysicsBenchmark {

	private double lOverD;
	private double temperature;
	private double mass;
	private double viscosity;
	private Material steel;
	private Material copper;
	private int i;

	@Setup
	public void setUp() {
		GasKinetics n2 = GasKinetics.of(Gas.N2);
		mass = n2.moleculeMass();
		viscosity = n2.viscosityValue(293);
		steel = Materials.of("SS304");
		copper = Materials.of("OFHC_RRR100");
		steel.conductivityIntegralValue(4, 300);
		copper.conductivityIntegralValue(4, 300);
	}

	private double next() {
		i = (i + 1) & 1023;
		lOverD = 0.1 + i * 0.05;
		temperature = 20 + i * 0.25;
		return lOverD;
	}

	@Benchmark
	public double clausingTransmission() {
		return TubeTransmission.value(next());
	}

	@Benchmark
	public double molecularTubeConductance() {
		return MolecularConductance.tube(0.05, 0.05 * next(), 293, mass);
	}

	@Benchmark
	public double knudsenTubeConductanceAllRegimes() {
		return KnudsenTubeConductance.of(0.05, 0.05 * next(), 0.01 * lOverD, 293, mass, viscosity);
	}

	@Benchmark
	public double oatleySeriesOfThree() {
		double w = TubeTransmission.value(next());
		return SeriesTransmission.equalArea(w, 0.5, 0.3);
	}

	@Benchmark
	public double conductivityIntegralSS304() {
		next();
		return steel.conductivityIntegralValue(4.2, temperature);
	}

	@Benchmark
	public double conductivityIntegralCopper() {
		next();
		return copper.conductivityIntegralValue(4.2, temperature);
	}

	@Benchmark
	public double greyBodyPlates() {
		next();
		return GreyBodyRadiation.parallelPlates(300, temperature, 0.05, 0.03);
	}

	@Benchmark
	public double floatingShields() {
		next();
		return FloatingShields.heatFlux(300, temperature, 0.1, 0.05, 0.03, 3);
	}

	@Benchmark
	public double mliLockheed() {
		next();
		return MultilayerInsulation.heatFluxValue(300, 77 + 0.01 * temperature, 30, 20, 1e-4);
	}

	@Benchmark
	public double residualGasConduction() {
		next();
		return ResidualGasConduction.heatFlux(1e-3, 300, 300, temperature, mass, 1.4, 0.8);
	}
}
