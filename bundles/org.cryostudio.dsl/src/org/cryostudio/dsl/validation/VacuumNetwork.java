package org.cryostudio.dsl.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cryostudio.dsl.cryo.Component;
import org.cryostudio.dsl.cryo.Conductance;
import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.CryoSystem;
import org.cryostudio.dsl.cryo.Element;
import org.cryostudio.dsl.cryo.GasSource;
import org.cryostudio.dsl.cryo.Junction;
import org.cryostudio.dsl.cryo.Pump;
import org.cryostudio.dsl.cryo.Valve;
import org.cryostudio.dsl.cryo.ValveState;
import org.cryostudio.dsl.cryo.VacuumNode;
import org.cryostudio.dsl.cryo.Volume;
import org.cryostudio.dsl.model.ComponentTypes;
import org.eclipse.emf.ecore.EObject;

/**
 * The vacuum side of one system as a graph: which pumps pump a volume (attached to it, or reached
 * through open conductances and junctions, not through other volumes or closed valves), which
 * gas sources feed it. Built once per system and validation run.
 */
final class VacuumNetwork {

	/** Room temperature assumed for the gas of a volume without wall temperature, K (20 degC, ISO 1). */
	static final double ROOM_TEMPERATURE = 293.15;

	private final Map<VacuumNode, List<Conductance>> conductances = new HashMap<>();
	private final Map<VacuumNode, List<Pump>> attached = new HashMap<>();
	private final Map<Volume, List<GasSource>> sources = new HashMap<>();

	private VacuumNetwork(CryoSystem system) {
		for (Element member : system.getMembers()) {
			if (member instanceof Conductance c) {
				add(c.getFrom(), c);
				add(c.getTo(), c);
			} else if (member instanceof Pump p && p.getAttachedTo() != null && !p.getAttachedTo().eIsProxy()) {
				attached.computeIfAbsent(p.getAttachedTo(), k -> new ArrayList<>()).add(p);
			} else if (member instanceof GasSource s && s.getVolume() != null && !s.getVolume().eIsProxy()) {
				sources.computeIfAbsent(s.getVolume(), k -> new ArrayList<>()).add(s);
			}
		}
	}

	/**
	 * @param context the validation run's context map (may be null), where the network is kept
	 * @return the network of the system containing the element, or null outside a system
	 */
	static VacuumNetwork of(EObject element, Map<Object, Object> context) {
		EObject e = element;
		while (e != null && !(e instanceof CryoSystem)) {
			e = e.eContainer();
		}
		if (!(e instanceof CryoSystem system)) {
			return null;
		}
		if (context == null) {
			return new VacuumNetwork(system);
		}
		record Key(CryoSystem system) {
		}
		return (VacuumNetwork) context.computeIfAbsent(new Key(system), k -> new VacuumNetwork(system));
	}

	private void add(VacuumNode node, Conductance c) {
		if (node != null && !node.eIsProxy()) {
			conductances.computeIfAbsent(node, k -> new ArrayList<>()).add(c);
		}
	}

	/** @return false for a valve set closed (on the instance or its type) */
	static boolean isOpen(Conductance c) {
		return !(c instanceof Valve) || ComponentTypes.effective(c, Literals.VALVE__STATE) != ValveState.CLOSED;
	}

	/** @return the pumps that pump the node: attached to it or reached through open conductances and junctions */
	List<Pump> pumpsOf(VacuumNode start) {
		Set<Pump> pumps = new LinkedHashSet<>();
		Set<VacuumNode> seen = new LinkedHashSet<>();
		Deque<VacuumNode> queue = new ArrayDeque<>();
		queue.add(start);
		seen.add(start);
		while (!queue.isEmpty()) {
			VacuumNode node = queue.poll();
			pumps.addAll(attached.getOrDefault(node, List.of()));
			for (Conductance c : conductances.getOrDefault(node, List.of())) {
				if (!isOpen(c)) {
					continue;
				}
				VacuumNode other = c.getFrom() == node ? c.getTo() : c.getFrom();
				if (other == null || other.eIsProxy() || !seen.add(other)) {
					continue;
				}
				if (other instanceof Pump p) {
					pumps.add(p);
				} else if (other instanceof Junction) {
					queue.add(other);
				}
			}
		}
		pumps.remove(start);
		return List.copyOf(pumps);
	}

	/** @return the volumes a pump pumps (the inverse of {@link #pumpsOf}) */
	List<Volume> volumesOf(Pump pump) {
		List<Volume> volumes = new ArrayList<>();
		Set<VacuumNode> seen = new LinkedHashSet<>();
		Deque<VacuumNode> queue = new ArrayDeque<>();
		queue.add(pump);
		seen.add(pump);
		if (pump.getAttachedTo() != null && !pump.getAttachedTo().eIsProxy() && seen.add(pump.getAttachedTo())) {
			queue.add(pump.getAttachedTo());
		}
		while (!queue.isEmpty()) {
			VacuumNode node = queue.poll();
			if (node instanceof Volume v) {
				volumes.add(v);
				continue;
			}
			if (node instanceof Pump && node != pump) {
				continue;
			}
			for (Conductance c : conductances.getOrDefault(node, List.of())) {
				VacuumNode other = c.getFrom() == node ? c.getTo() : c.getFrom();
				if (isOpen(c) && other != null && !other.eIsProxy() && seen.add(other)) {
					queue.add(other);
				}
			}
		}
		return volumes;
	}

	/** @return the conductances that touch the node */
	List<Conductance> conductancesAt(VacuumNode node) {
		return conductances.getOrDefault(node, List.of());
	}

	/** @return the pumps attached to the node itself */
	List<Pump> attachedTo(VacuumNode node) {
		return attached.getOrDefault(node, List.of());
	}

	/** @return the gas sources that feed the volume */
	List<GasSource> sourcesOf(Volume volume) {
		return sources.getOrDefault(volume, List.of());
	}

	/** @return the gas temperature of a volume: its wall temperature, else room temperature, K */
	static double gasTemperature(Volume volume) {
		if (volume == null) {
			return ROOM_TEMPERATURE;
		}
		var t = SpecValues.positive(volume, Literals.VOLUME__WALL_TEMPERATURE);
		return t.isPresent() ? t.getAsDouble() : ROOM_TEMPERATURE;
	}

	/** @return the name of an element for messages */
	static String name(EObject element) {
		if (element instanceof Component c && c.getName() != null) {
			return c.getName();
		}
		Object name = element == null ? null : element.eGet(Literals.ELEMENT__NAME);
		return name == null ? "?" : name.toString();
	}
}
