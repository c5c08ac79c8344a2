package org.cryostudio.bench.solvers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;

import org.cryostudio.analysis.model.Scenario;
import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.result.SolverResult;
import org.cryostudio.analysis.result.SolverStatus;
import org.cryostudio.analysis.solver.SolverMonitor;
import org.cryostudio.analysis.thermal.ConductionLink;
import org.cryostudio.analysis.thermal.HeatLoad;
import org.cryostudio.analysis.thermal.RadiationLink;
import org.cryostudio.analysis.thermal.ThermalLink;
import org.cryostudio.analysis.thermal.ThermalNetwork;
import org.cryostudio.analysis.thermal.ThermalNode;
import org.cryostudio.analysis.vacuum.Connection;
import org.cryostudio.analysis.vacuum.ConstantFlow;
import org.cryostudio.analysis.vacuum.ConstantSpeedPump;
import org.cryostudio.analysis.vacuum.DisplacementPump;
import org.cryostudio.analysis.vacuum.GasLoad;
import org.cryostudio.analysis.vacuum.PumpPort;
import org.cryostudio.analysis.vacuum.Schedule;
import org.cryostudio.analysis.vacuum.Trigger;
import org.cryostudio.analysis.vacuum.TubeDuct;
import org.cryostudio.analysis.vacuum.VacuumNetwork;
import org.cryostudio.analysis.vacuum.VacuumVolume;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.pumps.RoughingPump;
import org.cryostudio.physics.thermal.Materials;
import org.cryostudio.solver.thermal.HeatLoadSolver;
import org.cryostudio.solver.vacuum.PumpdownSolver;

/**
 * Wall-clock times of the solvers on generated networks (issue 7 goals): a pump-down of a
 * 100-volume, 200-conductance network from atmosphere over 1e6 s, and the steady heat-load budget
 * of 1,000 thermal nodes. Each case is solved a few times to warm the JIT, then timed; the median
 * and the spread of the timed runs are printed. Networks come from a fixed seed.
 */
public final class SolverBenchmark {

	private SolverBenchmark() {
	}

	public static void main(String[] args) {
		int warmups = 5;
		int runs = 9;
		report("pump-down, 100 volumes / 200 conductances / 2 gases, 1e6 s", warmups, runs, SolverBenchmark::pumpdown);
		report("heat-load budget, 1,000 thermal nodes / 2,000 links", warmups, runs, SolverBenchmark::heatLoad);
	}

	private interface Case {
		SolverResult run();
	}

	private static void report(String what, int warmups, int runs, Case c) {
		for (int i = 0; i < warmups; i++) {
			check(c.run());
		}
		// wall time, and the thread's CPU time (the machine is shared: the CPU time is what the solver costs)
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		double[] ms = new double[runs];
		double[] cpu = new double[runs];
		for (int i = 0; i < runs; i++) {
			long c0 = threads.getCurrentThreadCpuTime();
			long t0 = System.nanoTime();
			check(c.run());
			ms[i] = (System.nanoTime() - t0) / 1e6;
			cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
		}
		Arrays.sort(ms);
		Arrays.sort(cpu);
		System.out.printf(Locale.ROOT, "%-58s wall median %7.1f ms (min %.1f)  cpu median %7.1f ms (min %.1f)  %d runs%n", what,
				ms[runs / 2], ms[0], cpu[runs / 2], cpu[0], runs);
	}

	private static void check(SolverResult r) {
		if (r.status() != SolverStatus.OK) {
			throw new IllegalStateException(r.solverId() + ": " + r.messages());
		}
	}

	/** A chain of 100 volumes with 101 extra cross links, outgassing and a leak, 4 roughing pumps then 6 turbos. */
	static SolverResult pumpdown() {
		Random rnd = new Random(7);
		int n = 100;
		List<VacuumVolume> volumes = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			volumes.add(new VacuumVolume("v" + i, 0.01 + rnd.nextDouble(), 0.5 + rnd.nextDouble() * 2, 293.15));
		}
		List<Connection> connections = new ArrayList<>();
		for (int i = 1; i < n; i++) {
			connections.add(tube(rnd, connections.size(), i - 1, i));
		}
		while (connections.size() < 200) {
			int a = rnd.nextInt(n);
			int b = rnd.nextInt(n);
			if (a != b) {
				connections.add(tube(rnd, connections.size(), a, b));
			}
		}
		List<GasLoad> loads = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			loads.add(ConstantFlow.always("h2o" + i, "v" + i, Gas.H2O, 1e-7 * (1 + rnd.nextDouble())));
		}
		loads.add(ConstantFlow.always("leak", "v50", Gas.N2, 1e-8));
		List<PumpPort> pumps = new ArrayList<>();
		for (int k = 0; k < 4; k++) {
			String v = "v" + (k * 25);
			pumps.add(new PumpPort("rough" + k, v, new DisplacementPump(RoughingPump.ofNominal(0.01, 1.0)), List.of(),
					new Schedule(Trigger.START, new Trigger.WhenBelow(v, 20))));
		}
		for (int k = 0; k < 6; k++) {
			String v = "v" + (k * 17 + 3);
			pumps.add(new PumpPort("hv" + k, v, new ConstantSpeedPump(Map.of(), 0.3, "turbo"), List.of(),
					new Schedule(new Trigger.WhenBelow("v0", 20), Trigger.NEVER)));
		}
		VacuumNetwork net = new VacuumNetwork(volumes, loads, connections, pumps, List.of(), Map.of(Gas.N2, 101325.0),
				List.of());
		SystemModel model = SystemModel.builder("Bench").vacuum(net).scenario(new Scenario(1e6, 1, 1)).build();
		return new PumpdownSolver().solve(model, SolverMonitor.NULL);
	}

	private static Connection tube(Random rnd, int index, int a, int b) {
		return new Connection("c" + index, "v" + a, "v" + b,
				List.of(new TubeDuct(0.02 + 0.1 * rnd.nextDouble(), 0.1 + rnd.nextDouble())), Schedule.ALWAYS);
	}

	/** 1,000 nodes: 3 held boundaries (300, 77, 4.5 K), 997 floating parts joined by supports and radiation. */
	static SolverResult heatLoad() {
		Random rnd = new Random(11);
		int n = 1000;
		List<ThermalNode> nodes = new ArrayList<>();
		nodes.add(ThermalNode.held("room", 300));
		nodes.add(ThermalNode.held("shield", 77));
		nodes.add(ThermalNode.held("cold", 4.5));
		for (int i = 3; i < n; i++) {
			nodes.add(ThermalNode.floating("n" + i, 150, List.of()));
		}
		var steel = Materials.of("SS304");
		List<ThermalLink> links = new ArrayList<>();
		for (int i = 3; i < n; i++) {
			String other = i == 3 ? "room" : "n" + (i - 1);
			links.add(new ConductionLink("s" + i, other, "n" + i, steel, 1e-5, 0.1 + rnd.nextDouble() * 0.2, 1));
		}
		while (links.size() < 2000) {
			int a = 3 + rnd.nextInt(n - 3);
			String b = switch (rnd.nextInt(4)) {
				case 0 -> "room";
				case 1 -> "shield";
				case 2 -> "cold";
				default -> "n" + (3 + rnd.nextInt(n - 3));
			};
			if (!b.equals("n" + a)) {
				links.add(RadiationLink.plates("r" + links.size(), "n" + a, b, 0.01 + 0.1 * rnd.nextDouble(), 0.1, 0.1));
			}
		}
		List<HeatLoad> loads = List.of(new HeatLoad("dissipation", "n500", 0.1));
		ThermalNetwork net = new ThermalNetwork(nodes, links, loads, List.of());
		return new HeatLoadSolver().solve(SystemModel.builder("Bench").thermal(net).build(), SolverMonitor.NULL);
	}

	static OptionalDouble none() {
		return OptionalDouble.empty();
	}
}
