package org.cryostudio.analysis.thermal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cryostudio.analysis.model.InvalidModelException;

/**
 * The thermal side of a system: nodes, links, fixed loads and coolers, references checked.
 *
 * @param nodes   temperature levels
 * @param links   heat paths
 * @param loads   fixed heat loads
 * @param coolers cold sources
 */
public record ThermalNetwork(List<ThermalNode> nodes, List<ThermalLink> links, List<HeatLoad> loads,
		List<Cooler> coolers) {

	public ThermalNetwork {
		nodes = List.copyOf(nodes);
		links = List.copyOf(links);
		loads = List.copyOf(loads);
		coolers = List.copyOf(coolers);
		Set<String> names = new HashSet<>();
		for (ThermalNode n : nodes) {
			if (!names.add(n.name())) {
				throw new InvalidModelException(n.name(), "duplicate node name");
			}
		}
		for (ThermalLink l : links) {
			require(names, l.name(), l.a());
			require(names, l.name(), l.b());
			if (l.a().equals(l.b())) {
				throw new InvalidModelException(l.name(), "links " + l.a() + " to itself");
			}
		}
		for (HeatLoad l : loads) {
			require(names, l.name(), l.node());
		}
		Set<String> cooled = new HashSet<>();
		for (Cooler c : coolers) {
			require(names, c.name(), c.node());
			if (!cooled.add(c.node())) {
				throw new InvalidModelException(c.name(), "node " + c.node() + " already has a cooler");
			}
		}
	}

	/** An empty network. */
	public static final ThermalNetwork EMPTY = new ThermalNetwork(List.of(), List.of(), List.of(), List.of());

	private static void require(Set<String> names, String element, String node) {
		if (!names.contains(node)) {
			throw new InvalidModelException(element, "refers to '" + node + "', which is not a thermal node");
		}
	}

	/** @return true when there is something to solve: at least one link or load and a cold or held node */
	public boolean isSolvable() {
		return !nodes.isEmpty() && (!links.isEmpty() || !loads.isEmpty());
	}

	/** @return index of each node */
	public Map<String, Integer> nodeIndex() {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			index.put(nodes.get(i).name(), i);
		}
		return index;
	}
}
