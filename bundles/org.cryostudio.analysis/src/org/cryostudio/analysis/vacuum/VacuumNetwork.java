package org.cryostudio.analysis.vacuum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cryostudio.analysis.model.InvalidModelException;
import org.cryostudio.physics.fluids.Gas;

/**
 * The vacuum side of a system as solvers see it: volumes, the gas loads into them, connections
 * between them, pumps on them, bakeouts of their walls, and the gas they hold at the start of a
 * pump-down. References between elements are by name and are checked here.
 *
 * @param volumes     nodes
 * @param loads       gas sources
 * @param connections ducts between volumes
 * @param pumps       pumps on volumes
 * @param bakeouts    wall bakes
 * @param initialGas  partial pressures in every volume at t = 0, Pa (e.g. 1 atm of air)
 * @param extraGases  gases to follow even without a source (declared in the spec)
 */
public record VacuumNetwork(List<VacuumVolume> volumes, List<GasLoad> loads, List<Connection> connections,
		List<PumpPort> pumps, List<Bakeout> bakeouts, Map<Gas, Double> initialGas, List<Gas> extraGases) {

	/** Standard atmosphere, Pa. */
	public static final double ATMOSPHERE = 101325.0;

	public VacuumNetwork {
		volumes = List.copyOf(volumes);
		loads = List.copyOf(loads);
		connections = List.copyOf(connections);
		pumps = List.copyOf(pumps);
		bakeouts = List.copyOf(bakeouts);
		initialGas = new LinkedHashMap<>(initialGas);
		extraGases = List.copyOf(extraGases);
		Set<String> names = new java.util.HashSet<>();
		for (VacuumVolume v : volumes) {
			if (!names.add(v.name())) {
				throw new InvalidModelException(v.name(), "duplicate volume name");
			}
		}
		for (GasLoad l : loads) {
			requireVolume(names, l.name(), l.volume());
		}
		for (Connection c : connections) {
			requireVolume(names, c.name(), c.from());
			requireVolume(names, c.name(), c.to());
		}
		for (PumpPort p : pumps) {
			requireVolume(names, p.name(), p.volume());
		}
		for (Bakeout b : bakeouts) {
			requireVolume(names, b.volume() + " bakeout", b.volume());
		}
		initialGas.forEach((g, p) -> org.cryostudio.analysis.model.Check.nonNegative("initial gas", g.symbol(), p, "Pa"));
	}

	private static void requireVolume(Set<String> names, String element, String volume) {
		if (!names.contains(volume)) {
			throw new InvalidModelException(element, "refers to '" + volume + "', which is not a volume of the network");
		}
	}

	/** @return a network that starts from one standard atmosphere of air */
	public static Map<Gas, Double> air() {
		return Map.of(Gas.AIR, ATMOSPHERE);
	}

	/** @return true when there is at least one volume and one pump */
	public boolean isSolvable() {
		return !volumes.isEmpty() && !pumps.isEmpty();
	}

	/** @return every gas the network carries: sources, initial fill, declared ones (ordered) */
	public List<Gas> gases() {
		Set<Gas> set = new LinkedHashSet<>();
		initialGas.forEach((g, p) -> {
			if (p > 0) {
				set.add(g);
			}
		});
		for (GasLoad l : loads) {
			set.add(l.gas());
		}
		set.addAll(extraGases);
		return new ArrayList<>(set);
	}

	/** @return index of each volume by name */
	public Map<String, Integer> volumeIndex() {
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < volumes.size(); i++) {
			index.put(volumes.get(i).name(), i);
		}
		return index;
	}

	/** @return the wall history of each volume (bakes), in volume order */
	public List<WallHistory> wallHistories() {
		List<WallHistory> list = new ArrayList<>();
		for (VacuumVolume v : volumes) {
			list.add(new WallHistory(v.temperature(), bakeouts.stream().filter(b -> b.volume().equals(v.name())).toList()));
		}
		return list;
	}

	/** @return the volume of that name */
	public VacuumVolume volume(String name) {
		return volumes.stream().filter(v -> v.name().equals(name)).findFirst()
				.orElseThrow(() -> new InvalidModelException(name, "no such volume"));
	}
}
