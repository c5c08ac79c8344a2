package org.cryostudio.solver.thermal;

import java.util.List;
import java.util.Map;

import org.cryostudio.analysis.thermal.Cooler;
import org.cryostudio.analysis.thermal.HeatLoad;
import org.cryostudio.analysis.thermal.ThermalLink;
import org.cryostudio.analysis.thermal.ThermalNetwork;
import org.cryostudio.analysis.thermal.ThermalNode;

/**
 * The heat balance of a thermal network, indexed: for every node i the net heat flowing in,
 * sum of link flows + fixed loads - cooler capacity at T_i (W). Held nodes keep their
 * temperature; the balance of a held node is the load its cold source must lift.
 */
final class ThermalEquations {

	final ThermalNetwork network;
	final int n;
	final int[] linkA;
	final int[] linkB;
	final double[] fixedLoad;
	final Cooler[] cooler;
	final boolean[] held;
	final double[] heldTemperature;

	ThermalEquations(ThermalNetwork network) {
		this.network = network;
		Map<String, Integer> index = network.nodeIndex();
		n = network.nodes().size();
		List<ThermalLink> links = network.links();
		linkA = new int[links.size()];
		linkB = new int[links.size()];
		for (int e = 0; e < linkA.length; e++) {
			linkA[e] = index.get(links.get(e).a());
			linkB[e] = index.get(links.get(e).b());
		}
		fixedLoad = new double[n];
		for (HeatLoad l : network.loads()) {
			fixedLoad[index.get(l.node())] += l.power();
		}
		cooler = new Cooler[n];
		for (Cooler c : network.coolers()) {
			cooler[index.get(c.node())] = c;
		}
		held = new boolean[n];
		heldTemperature = new double[n];
		for (int i = 0; i < n; i++) {
			ThermalNode node = network.nodes().get(i);
			held[i] = node.isHeld();
			heldTemperature[i] = node.fixedTemperature().orElse(Double.NaN);
		}
	}

	/** @return heat flow of link e from a to b at the temperatures, W */
	double linkFlow(int e, double[] t) {
		return network.links().get(e).heatFlow(t[linkA[e]], t[linkB[e]]);
	}

	/** @return cooling removed at node i at temperature T, W (0 without a capacity curve) */
	double coolerCapacity(int i, double temperature) {
		Cooler c = cooler[i];
		return c == null || c.capacity() == null ? 0.0 : c.capacity().at(temperature);
	}

	/**
	 * Fills net[i] with the heat flowing into each node (links + fixed loads - cooler), W.
	 */
	void balance(double[] t, double[] net) {
		for (int i = 0; i < n; i++) {
			net[i] = fixedLoad[i] - coolerCapacity(i, t[i]);
		}
		for (int e = 0; e < linkA.length; e++) {
			double q = linkFlow(e, t);
			net[linkA[e]] -= q;
			net[linkB[e]] += q;
		}
	}

	/** @return the heat arriving at node i by links and fixed loads (the load to lift), W */
	double loadOn(int i, double[] t) {
		double load = fixedLoad[i];
		for (int e = 0; e < linkA.length; e++) {
			if (linkB[e] == i) {
				load += linkFlow(e, t);
			} else if (linkA[e] == i) {
				load -= linkFlow(e, t);
			}
		}
		return load;
	}
}
