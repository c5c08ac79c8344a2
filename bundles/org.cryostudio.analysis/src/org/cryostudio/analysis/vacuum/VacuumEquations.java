package org.cryostudio.analysis.vacuum;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.kinetic.GasKinetics;

/**
 * The per-gas gas balance of a {@link VacuumNetwork}, indexed for numerical work: for every gas g
 * and volume i, V_i dp_gi/dt = Q_gi(t) - sum_e C_ge (p_g,a - p_g,b) - sum_k S_gk (p_gi - p_floor,gk).
 * Conductances and pump speeds depend on the total pressures (flow regime, pump curves) and on
 * what capture pumps hold; gases interact only through them. Arrays are [gas][volume],
 * [gas][connection] and [gas][pump].
 */
public final class VacuumEquations {

	private final VacuumNetwork network;
	private final List<Gas> gases;
	private final GasKinetics[] kinetics;
	private final int volumes;
	private final double[] volume;
	private final double[] temperature;
	private final List<WallHistory> walls;
	private final int[] loadVolume;
	private final int[] loadGas;
	private final int[] edgeA;
	private final int[] edgeB;
	private final int[] pumpVolume;

	public VacuumEquations(VacuumNetwork network) {
		this.network = network;
		this.gases = network.gases();
		this.kinetics = new GasKinetics[gases.size()];
		for (int g = 0; g < kinetics.length; g++) {
			kinetics[g] = GasKinetics.of(gases.get(g));
		}
		Map<String, Integer> index = network.volumeIndex();
		volumes = network.volumes().size();
		volume = new double[volumes];
		temperature = new double[volumes];
		for (int i = 0; i < volumes; i++) {
			volume[i] = network.volumes().get(i).volume();
			temperature[i] = network.volumes().get(i).temperature();
		}
		walls = network.wallHistories();
		loadVolume = new int[network.loads().size()];
		loadGas = new int[loadVolume.length];
		for (int l = 0; l < loadVolume.length; l++) {
			GasLoad load = network.loads().get(l);
			loadVolume[l] = index.get(load.volume());
			loadGas[l] = gases.indexOf(load.gas());
		}
		edgeA = new int[network.connections().size()];
		edgeB = new int[edgeA.length];
		for (int e = 0; e < edgeA.length; e++) {
			edgeA[e] = index.get(network.connections().get(e).from());
			edgeB[e] = index.get(network.connections().get(e).to());
		}
		pumpVolume = new int[network.pumps().size()];
		for (int k = 0; k < pumpVolume.length; k++) {
			pumpVolume[k] = index.get(network.pumps().get(k).volume());
		}
	}

	public VacuumNetwork network() {
		return network;
	}

	public List<Gas> gases() {
		return gases;
	}

	public GasKinetics kinetics(int gas) {
		return kinetics[gas];
	}

	public int gasCount() {
		return gases.size();
	}

	public int volumeCount() {
		return volumes;
	}

	public int connectionCount() {
		return edgeA.length;
	}

	public int pumpCount() {
		return pumpVolume.length;
	}

	/** @return volume of node i, m3 */
	public double volume(int i) {
		return volume[i];
	}

	/** @return gas temperature of node i, K */
	public double temperature(int i) {
		return temperature[i];
	}

	public int edgeFrom(int e) {
		return edgeA[e];
	}

	public int edgeTo(int e) {
		return edgeB[e];
	}

	public int pumpVolume(int k) {
		return pumpVolume[k];
	}

	/** @return the times at which some load jumps or a bake starts or ends, s, sorted, without duplicates */
	public double[] switchTimes(double end) {
		List<Double> times = new ArrayList<>();
		for (GasLoad l : network.loads()) {
			times.addAll(l.switchTimes());
		}
		for (WallHistory w : walls) {
			times.addAll(w.switchTimes());
		}
		for (PumpPort p : network.pumps()) {
			addTime(times, p.schedule().on());
			addTime(times, p.schedule().off());
		}
		for (Connection c : network.connections()) {
			addTime(times, c.schedule().on());
			addTime(times, c.schedule().off());
		}
		return times.stream().mapToDouble(Double::doubleValue).filter(t -> t > 0 && t < end).sorted().distinct().toArray();
	}

	private static void addTime(List<Double> times, Trigger trigger) {
		if (trigger instanceof Trigger.AtTime at) {
			times.add(at.time());
		}
	}

	/** Fills q[g][i] with the source throughputs at time t, Pa m3/s. */
	public void loads(double t, double[][] q) {
		for (double[] row : q) {
			java.util.Arrays.fill(row, 0.0);
		}
		for (int l = 0; l < loadVolume.length; l++) {
			q[loadGas[l]][loadVolume[l]] += network.loads().get(l).throughput(t, walls.get(loadVolume[l]));
		}
	}

	/** Fills total[i] = sum over gases of p[g][i]. */
	public void totals(double[][] p, double[] total) {
		java.util.Arrays.fill(total, 0.0);
		for (double[] pg : p) {
			for (int i = 0; i < volumes; i++) {
				total[i] += Math.max(0, pg[i]);
			}
		}
	}

	/**
	 * Fills c[g][e] with connection conductances at the total pressures (0 for closed ones), m3/s.
	 *
	 * @param open open state per connection
	 */
	public void conductances(double[] total, boolean[] open, double[][] c) {
		List<Connection> connections = network.connections();
		for (int e = 0; e < edgeA.length; e++) {
			int a = edgeA[e];
			int b = edgeB[e];
			double t = 0.5 * (temperature[a] + temperature[b]);
			for (int g = 0; g < kinetics.length; g++) {
				c[g][e] = open[e] ? connections.get(e).conductance(kinetics[g], t, total[a], total[b]) : 0.0;
			}
		}
	}

	/**
	 * Fills s[g][k] (effective speed at the volume, m3/s; 0 when not running) and floor[g][k] (Pa)
	 * of every pump.
	 *
	 * @param running  run state per pump
	 * @param captured captured[g][k], Pa m3 at 273.15 K
	 */
	public void pumping(double[] total, boolean[] running, double[][] captured, double[][] s, double[][] floor) {
		List<PumpPort> pumps = network.pumps();
		for (int k = 0; k < pumpVolume.length; k++) {
			int i = pumpVolume[k];
			for (int g = 0; g < kinetics.length; g++) {
				if (!running[k]) {
					s[g][k] = 0.0;
					floor[g][k] = 0.0;
					continue;
				}
				PumpPort port = pumps.get(k);
				s[g][k] = port.effectiveSpeed(kinetics[g], total[i], temperature[i], captured[g][k]);
				floor[g][k] = port.pump().floor(kinetics[g], temperature[i], captured[g][k]);
			}
		}
	}

	/** @return the open state of every connection at the end of the scenario (steady configuration) */
	public boolean[] openAtEnd() {
		boolean[] open = new boolean[edgeA.length];
		for (int e = 0; e < open.length; e++) {
			open[e] = network.connections().get(e).schedule().activeAtEnd();
		}
		return open;
	}

	/** @return the run state of every pump at the end of the scenario */
	public boolean[] runningAtEnd() {
		boolean[] running = new boolean[pumpVolume.length];
		for (int k = 0; k < running.length; k++) {
			running[k] = network.pumps().get(k).schedule().activeAtEnd();
		}
		return running;
	}
}
