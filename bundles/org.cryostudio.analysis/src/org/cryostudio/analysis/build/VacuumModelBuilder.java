package org.cryostudio.analysis.build;

import static org.cryostudio.analysis.build.SpecValues.guard;
import static org.cryostudio.analysis.build.SpecValues.line;
import static org.cryostudio.analysis.build.SpecValues.name;
import static org.cryostudio.analysis.build.SpecValues.optional;
import static org.cryostudio.analysis.build.SpecValues.orElse;
import static org.cryostudio.analysis.build.SpecValues.required;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.cryostudio.analysis.vacuum.BaffleDuct;
import org.cryostudio.analysis.vacuum.Bakeout;
import org.cryostudio.analysis.vacuum.ConstantFlow;
import org.cryostudio.analysis.vacuum.ConstantSpeedPump;
import org.cryostudio.analysis.vacuum.DisplacementPump;
import org.cryostudio.analysis.vacuum.Duct;
import org.cryostudio.analysis.vacuum.ElbowDuct;
import org.cryostudio.analysis.vacuum.GasLoad;
import org.cryostudio.analysis.vacuum.GetterPumpElement;
import org.cryostudio.analysis.vacuum.HydrogenDiffusion;
import org.cryostudio.analysis.vacuum.OrificeDuct;
import org.cryostudio.analysis.vacuum.PulsedFlow;
import org.cryostudio.analysis.vacuum.PumpPort;
import org.cryostudio.analysis.vacuum.RectangularDuctElement;
import org.cryostudio.analysis.vacuum.Schedule;
import org.cryostudio.analysis.vacuum.Trigger;
import org.cryostudio.analysis.vacuum.TubeDuct;
import org.cryostudio.analysis.vacuum.ValveDuct;
import org.cryostudio.analysis.vacuum.VacuumNetwork;
import org.cryostudio.analysis.vacuum.VacuumVolume;
import org.cryostudio.dsl.cryo.Conductance;
import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.CurvePoint;
import org.cryostudio.dsl.cryo.Element;
import org.cryostudio.dsl.cryo.GasFlow;
import org.cryostudio.dsl.cryo.GasSource;
import org.cryostudio.dsl.cryo.Junction;
import org.cryostudio.dsl.cryo.Leak;
import org.cryostudio.dsl.cryo.Permeation;
import org.cryostudio.dsl.cryo.Pump;
import org.cryostudio.dsl.cryo.Scenario;
import org.cryostudio.dsl.cryo.VacuumNode;
import org.cryostudio.dsl.cryo.Valve;
import org.cryostudio.dsl.cryo.ValveState;
import org.cryostudio.dsl.cryo.Volume;
import org.cryostudio.dsl.model.LibraryLinks;
import org.cryostudio.physics.PhysicalConstants;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.pumps.GetterPump;
import org.cryostudio.physics.pumps.RoughingPump;
import org.cryostudio.physics.pumps.TurbomolecularPump;
import org.cryostudio.physics.vacuum.HydrogenDiffusionOutgassing;
import org.cryostudio.physics.vacuum.OutgassingLaw;

/**
 * Builds the vacuum network of one system: volumes and junctions are nodes, conductances join
 * nodes (a closed valve joins nothing), a pump sits on a node directly ({@code on}) or behind
 * the conductance that leads to it, gas sources feed volumes (mixtures split by mole fraction),
 * and the pump-down scenario, when there is one, switches pumps and bakes walls.
 */
final class VacuumModelBuilder {

	/** Gas temperature of a volume that states no wall temperature, K (20 degC). */
	static final double DEFAULT_TEMPERATURE = 293.15;
	/** Volume of a junction that states none, m3: negligible against any chamber. */
	static final double JUNCTION_VOLUME = 1e-6;
	/** Reference time of an outgassing rate given without one (the usual "after 1 h" of data sheets), s. */
	static final double RATE_TIME = 3600.0;
	/**
	 * Highest inlet pressure at which a turbomolecular pump is taken to pump, Pa. Catalogue pumps
	 * run at full speed up to about 1-10 Pa inlet pressure and are started below a roughing
	 * crossover of that order (Jousten (ed.), Handbook of Vacuum Technology, ch. 10) [R].
	 */
	static final double TURBO_MAX_INLET = 10.0;
	/** Standard atmosphere, Pa. */
	static final double ATMOSPHERE = VacuumNetwork.ATMOSPHERE;

	private final String prefix;
	private final List<Element> members;
	private final List<String> notes;
	private final Map<VacuumNode, String> nodeNames = new HashMap<>();
	private final Map<Volume, VacuumVolume> volumes = new LinkedHashMap<>();
	private final List<VacuumVolume> nodes = new ArrayList<>();
	private PumpdownTimeline timeline;
	/** Flows that some scenario runs: they flow only during that scenario, not in the pump-down. */
	private final Set<GasFlow> scenarioFlows = new LinkedHashSet<>();
	/** When building a process case: its scenario, and whether flows count at their mean (else peak). */
	private org.cryostudio.dsl.cryo.Scenario process;
	private boolean meanFlows;
	private Set<Pump> runningAtEnd = Set.of();

	VacuumModelBuilder(String prefix, List<Element> members, List<String> notes) {
		this.prefix = prefix;
		this.members = members;
		this.notes = notes;
	}

	/** @return the network; {@code scenario} may be null (every pump runs from the start) */
	VacuumNetwork build(Scenario scenario, Map<Gas, Double> air) {
		for (Element e : members) {
			if (e instanceof Volume v) {
				OptionalDouble size = optional(v, Literals.VOLUME__VOLUME);
				if (size.isEmpty()) {
					notes.add(name(v) + " states no volume: left out of the vacuum network");
					continue;
				}
				double t = orElse(v, Literals.VOLUME__WALL_TEMPERATURE, DEFAULT_TEMPERATURE);
				double area = orElse(v, Literals.VOLUME__WALL_AREA, 0);
				VacuumVolume node = guard(v, () -> new VacuumVolume(prefix + v.getName(), size.getAsDouble(), area, t));
				volumes.put(v, node);
				nodes.add(node);
				nodeNames.put(v, node.name());
			} else if (e instanceof Junction j) {
				double size = orElse(j, Literals.JUNCTION__VOLUME, JUNCTION_VOLUME);
				VacuumVolume node = guard(j, () -> new VacuumVolume(prefix + j.getName(), size, 0, DEFAULT_TEMPERATURE));
				nodes.add(node);
				nodeNames.put(j, node.name());
			}
		}
		if (nodes.isEmpty()) {
			return org.cryostudio.analysis.model.SystemModel.emptyVacuum();
		}
		for (Element e : members) {
			if (e instanceof org.cryostudio.dsl.cryo.Scenario sc) {
				for (org.cryostudio.dsl.cryo.Step step : sc.getSteps()) {
					if (step instanceof org.cryostudio.dsl.cryo.ProcessStep ps) {
						scenarioFlows.addAll(ps.getFlows());
					}
				}
			}
		}
		if (scenario != null && process == null) {
			timeline = new PumpdownTimeline(scenario, this::roughingTime);
			notes.addAll(timeline.notes());
		}
		List<org.cryostudio.analysis.vacuum.Connection> connections = new ArrayList<>();
		Map<Pump, List<Conductance>> pumpInlets = new LinkedHashMap<>();
		for (Element e : members) {
			if (e instanceof Conductance c) {
				connection(c, connections, pumpInlets);
			}
		}
		List<PumpPort> pumps = new ArrayList<>();
		boolean roughing = false;
		for (Element e : members) {
			if (e instanceof Pump p) {
				PumpPort port = pumpPort(p, pumpInlets.getOrDefault(p, List.of()));
				if (port != null) {
					pumps.add(port);
					roughing |= p instanceof org.cryostudio.dsl.cryo.RoughingPump;
				}
			}
		}
		List<GasLoad> loads = new ArrayList<>();
		Set<Gas> declared = new LinkedHashSet<>();
		for (Element e : members) {
			if (e instanceof GasSource s) {
				loads.addAll(source(s));
			} else if (e instanceof org.cryostudio.dsl.cryo.PureGas g) {
				LibraryLinks.gas(g).ifPresent(declared::add);
			}
		}
		List<Bakeout> bakeouts = new ArrayList<>();
		if (timeline != null) {
			for (PumpdownTimeline.BakeRequest b : timeline.bakes()) {
				String v = nodeNames.get(b.volume());
				if (v != null) {
					bakeouts.add(guard(b.volume(), () -> b.toBakeout(v)));
				}
			}
		}
		Map<Gas, Double> initial = new LinkedHashMap<>();
		if (roughing) {
			air.forEach((g, x) -> initial.put(g, x * ATMOSPHERE));
		} else {
			notes.add("no roughing pump: the pump-down starts from 1 Pa of air (the high-vacuum pumps' side of a crossover)");
			air.forEach((g, x) -> initial.put(g, x * 1.0));
		}
		return guard(members.isEmpty() ? null : members.get(0).eContainer(), () -> new VacuumNetwork(nodes, loads,
				connections, pumps, bakeouts, initial, new ArrayList<>(declared)));
	}

	/**
	 * The network during a process scenario (fuelling, plasma pulses): the pumps that run at the end
	 * of the pump-down, less those the scenario regenerates, with the scenario's flows at their peak
	 * or their mean; no initial gas (the process starts from the pumped-down state).
	 */
	VacuumNetwork buildProcess(org.cryostudio.dsl.cryo.Scenario scenario, Map<Gas, Double> air, boolean mean,
			org.cryostudio.dsl.cryo.Scenario pumpdown) {
		PumpdownTimeline pd = pumpdown == null ? null : new PumpdownTimeline(pumpdown, this::roughingTime);
		Set<Pump> running = new LinkedHashSet<>();
		for (Element e : members) {
			if (e instanceof Pump p && !(p instanceof org.cryostudio.dsl.cryo.RoughingPump)
					&& (pd == null || pd.schedule(p).activeAtEnd())) {
				running.add(p);
			}
		}
		VacuumModelBuilder fresh = new VacuumModelBuilder(prefix, members, new ArrayList<>());
		fresh.runningAtEnd = running;
		fresh.process = scenario;
		fresh.meanFlows = mean;
		VacuumNetwork net = fresh.build(null, air);
		return new VacuumNetwork(net.volumes(), net.loads(), net.connections(), net.pumps(), net.bakeouts(), Map.of(),
				net.extraGases());
	}

	/** @return true when some scenario runs process flows */
	boolean hasProcess(org.cryostudio.dsl.cryo.Scenario scenario) {
		return !flowsOf(scenario).isEmpty();
	}

	private static Set<GasFlow> flowsOf(org.cryostudio.dsl.cryo.Scenario scenario) {
		Set<GasFlow> flows = new LinkedHashSet<>();
		for (org.cryostudio.dsl.cryo.Step step : scenario.getSteps()) {
			if (step instanceof org.cryostudio.dsl.cryo.ProcessStep ps) {
				flows.addAll(ps.getFlows());
			}
		}
		return flows;
	}

	private static Set<Pump> regenerating(org.cryostudio.dsl.cryo.Scenario scenario) {
		Set<Pump> pumps = new LinkedHashSet<>();
		for (org.cryostudio.dsl.cryo.Step step : scenario.getSteps()) {
			if (step instanceof org.cryostudio.dsl.cryo.RegenerateStep rs) {
				pumps.addAll(rs.getPumps());
			}
		}
		return pumps;
	}

	/** @return the end of the pump-down scenario, s, or 0 without one */
	double scenarioEnd() {
		return timeline == null ? 0 : timeline.end();
	}

	private void connection(Conductance c, List<org.cryostudio.analysis.vacuum.Connection> connections,
			Map<Pump, List<Conductance>> pumpInlets) {
		VacuumNode from = c.getFrom();
		VacuumNode to = c.getTo();
		if (from == null || to == null) {
			notes.add(name(c) + " joins no two nodes: left out");
			return;
		}
		if (c instanceof Valve v && v.getState() == ValveState.CLOSED) {
			notes.add(name(c) + " is closed: what lies behind it is cut off");
			return;
		}
		if (from instanceof Pump && to instanceof Pump) {
			throw new SpecModelException(line(c), name(c) + " joins two pumps; put a junction between them");
		}
		if (from instanceof Pump p) {
			pumpInlets.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
			return;
		}
		if (to instanceof Pump p) {
			pumpInlets.computeIfAbsent(p, k -> new ArrayList<>()).add(c);
			return;
		}
		String a = nodeNames.get(from);
		String b = nodeNames.get(to);
		if (a == null || b == null) {
			notes.add(name(c) + " leads to a volume that is not in the network: left out");
			return;
		}
		connections.add(guard(c, () -> new org.cryostudio.analysis.vacuum.Connection(prefix + c.getName(), a, b,
				List.of(duct(c)), Schedule.ALWAYS)));
	}

	/** @return the conductance element of the physics library for a spec conductance */
	static Duct duct(Conductance c) {
		return switch (c) {
			case org.cryostudio.dsl.cryo.Tube t -> guard(t, () -> new TubeDuct(required(t, Literals.TUBE__DIAMETER, "diameter"),
					required(t, Literals.TUBE__LENGTH, "length")));
			case org.cryostudio.dsl.cryo.Orifice o -> {
				OptionalDouble d = optional(o, Literals.ORIFICE__DIAMETER);
				double diameter = d.isPresent() ? d.getAsDouble()
						: Math.sqrt(4 * required(o, Literals.ORIFICE__AREA, "diameter or area") / Math.PI);
				yield guard(o, () -> new OrificeDuct(diameter));
			}
			case org.cryostudio.dsl.cryo.Duct d -> guard(d, () -> new RectangularDuctElement(
					required(d, Literals.DUCT__WIDTH, "width"), required(d, Literals.DUCT__HEIGHT, "height"),
					required(d, Literals.DUCT__LENGTH, "length")));
			case org.cryostudio.dsl.cryo.Elbow e -> guard(e, () -> new ElbowDuct(required(e, Literals.ELBOW__DIAMETER, "diameter"),
					required(e, Literals.ELBOW__LENGTH, "length"),
					Math.toDegrees(orElse(e, Literals.ELBOW__ANGLE, Math.PI / 2))));
			case org.cryostudio.dsl.cryo.Baffle b -> {
				OptionalDouble area = optional(b, Literals.BAFFLE__AREA);
				double a = area.isPresent() ? area.getAsDouble()
						: Math.PI / 4 * Math.pow(required(b, Literals.BAFFLE__DIAMETER, "diameter or area"), 2);
				double w = required(b, Literals.BAFFLE__TRANSMISSION, "transmission probability");
				yield guard(b, () -> BaffleDuct.of(new org.cryostudio.physics.vacuum.Baffle(a, w)));
			}
			case Valve v -> {
				double bore = required(v, Literals.VALVE__DIAMETER, "diameter");
				// an open gate valve's bore transmits like a short tube of its bore; 1 unless stated
				double w = orElse(v, Literals.VALVE__TRANSMISSION, 1.0);
				yield guard(v, () -> ValveDuct.of(new org.cryostudio.physics.vacuum.Valve(bore, w)));
			}
			default -> throw new SpecModelException(line(c), "conductance " + name(c) + " of an unknown kind");
		};
	}

	private PumpPort pumpPort(Pump p, List<Conductance> inlets) {
		String node;
		List<Duct> ducts = new ArrayList<>();
		if (p.getAttachedTo() != null) {
			node = nodeNames.get(p.getAttachedTo());
			if (!inlets.isEmpty()) {
				throw new SpecModelException(line(inlets.get(0)), name(p) + " sits on " + name(p.getAttachedTo())
						+ " and is joined by " + name(inlets.get(0)) + " too; give it one inlet");
			}
		} else if (inlets.size() == 1) {
			Conductance c = inlets.get(0);
			VacuumNode other = c.getFrom() == p ? c.getTo() : c.getFrom();
			node = nodeNames.get(other);
			ducts.add(duct(c));
		} else if (inlets.size() > 1) {
			throw new SpecModelException(line(inlets.get(1)), name(p) + " is joined by more than one conductance; "
					+ "join them at a junction and give the pump one inlet");
		} else {
			notes.add(name(p) + " is attached to nothing (neither 'on' a node nor joined by an open conductance): left out");
			return null;
		}
		if (node == null) {
			notes.add(name(p) + " pumps a node that is not in the vacuum network: left out");
			return null;
		}
		if (process != null) {
			boolean on = runningAtEnd.contains(p) && !regenerating(process).contains(p);
			org.cryostudio.analysis.vacuum.Pump pump = pump(p);
			Schedule always = on ? Schedule.ALWAYS : new Schedule(Trigger.NEVER, Trigger.NEVER);
			return guard(p, () -> new PumpPort(prefix + p.getName(), node, pump, ducts, always));
		}
		Schedule schedule = timeline == null ? defaultSchedule(p, node) : timeline.schedule(p);
		if (timeline != null && !timeline.names(p)) {
			notes.add(name(p) + " is not used by the pump-down scenario: it stays off there");
		}
		org.cryostudio.analysis.vacuum.Pump pump = pump(p);
		return guard(p, () -> new PumpPort(prefix + p.getName(), node, pump, ducts, schedule));
	}

	/**
	 * Without a scenario, roughing pumps run from the start and the high-vacuum pumps start at
	 * their crossover: a cryopump's crossover gas amount over the volume it pumps, otherwise as soon
	 * as the roughing pumps have brought the volume below {@link #TURBO_MAX_INLET}.
	 */
	private Schedule defaultSchedule(Pump p, String node) {
		if (p instanceof org.cryostudio.dsl.cryo.RoughingPump) {
			return Schedule.ALWAYS;
		}
		boolean anyRoughing = members.stream().anyMatch(m -> m instanceof org.cryostudio.dsl.cryo.RoughingPump);
		if (!anyRoughing) {
			return Schedule.ALWAYS;
		}
		double crossover = TURBO_MAX_INLET;
		if (p instanceof org.cryostudio.dsl.cryo.Cryopump cp) {
			OptionalDouble amount = optional(cp, Literals.CRYOPUMP__CROSSOVER);
			if (amount.isPresent()) {
				double v = nodes.stream().filter(n -> n.name().equals(node)).findFirst().orElseThrow().volume();
				crossover = amount.getAsDouble() / v;
			}
		}
		notes.add(String.format(Locale.ROOT, "%s starts when %s falls below %.3g Pa (no pump-down scenario)", name(p), node,
				crossover));
		return new Schedule(new Trigger.WhenBelow(node, crossover), Trigger.NEVER);
	}

	private org.cryostudio.analysis.vacuum.Pump pump(Pump p) {
		return switch (p) {
			case org.cryostudio.dsl.cryo.RoughingPump r -> guard(r, () -> new DisplacementPump(roughingCurve(r)));
			case org.cryostudio.dsl.cryo.TurboPump t -> {
				Map<Gas, Double> speeds = SpecValues.perGas(t, Literals.TURBO_PUMP__SPEEDS);
				if (speeds.isEmpty()) {
					throw new SpecModelException(line(t), name(t) + " needs its speed per gas to be solved");
				}
				Map<Gas, Double> k = SpecValues.perGas(t, Literals.TURBO_PUMP__COMPRESSIONS);
				TurbomolecularPump law = compressionLaw(k);
				if (law != null) {
					notes.add(name(t) + ": compression ratios shown for reference; the fore-vacuum is not modelled, "
							+ "so back-streaming sets no floor");
				}
				double slowest = speeds.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
				notes.add(String.format(Locale.ROOT, "%s: gases without a catalogue speed are pumped at the lowest listed, %.3g m3/s",
						name(t), slowest));
				yield guard(t, () -> new org.cryostudio.analysis.vacuum.TurboPump(speeds, slowest, TURBO_MAX_INLET, law, 0));
			}
			case org.cryostudio.dsl.cryo.Cryopump c -> cryopump(c);
			case org.cryostudio.dsl.cryo.GetterPump g -> {
				double area = required(g, Literals.GETTER_PUMP__AREA, "active area");
				Map<Gas, Double> sticking = SpecValues.perGas(g, Literals.GETTER_PUMP__STICKINGS);
				Map<Gas, Double> capacity = SpecValues.perGas(g, Literals.GETTER_PUMP__CAPACITIES);
				if (sticking.isEmpty()) {
					throw new SpecModelException(line(g), name(g) + " needs a sticking coefficient per gas to be solved");
				}
				Map<Gas, GetterPump> films = new LinkedHashMap<>();
				for (Map.Entry<Gas, Double> s : sticking.entrySet()) {
					Double pv = capacity.get(s.getKey());
					// no capacity given: one that is never reached (the speed stays at its initial value)
					double molecules = pv == null ? Double.MAX_VALUE / 4 : pv / (PhysicalConstants.BOLTZMANN * 273.15);
					films.put(s.getKey(), new GetterPump(s.getValue(), area, molecules));
				}
				String kind = g.getKind() == null ? "getter" : g.getKind().getLiteral().toUpperCase(Locale.ROOT);
				yield guard(g, () -> new GetterPumpElement(films, kind));
			}
			case org.cryostudio.dsl.cryo.IonPump i -> {
				Map<Gas, Double> speeds = SpecValues.perGas(i, Literals.ION_PUMP__SPEEDS);
				if (speeds.isEmpty()) {
					throw new SpecModelException(line(i), name(i) + " needs its speed per gas to be solved");
				}
				yield guard(i, () -> new ConstantSpeedPump(speeds, 0.0, "ion pump"));
			}
			case org.cryostudio.dsl.cryo.ColdTrap ct -> {
				double t = required(ct, Literals.COLD_TRAP__TEMPERATURE, "temperature");
				double area = required(ct, Literals.COLD_TRAP__AREA, "area");
				Map<Gas, Double> capture = SpecValues.perGas(ct, Literals.COLD_TRAP__CAPTURES);
				// a cold surface captures what strikes it unless stated; its vapour-pressure floor
				// decides which gases it really holds (the rule of the coldest surface)
				yield guard(ct, () -> new org.cryostudio.analysis.vacuum.Cryopump(t, area, 1.0, capture,
						capture.isEmpty() ? 1.0 : 0.0, Map.of()));
			}
			default -> throw new SpecModelException(line(p), "pump " + name(p) + " of an unknown kind");
		};
	}

	private org.cryostudio.analysis.vacuum.Cryopump cryopump(org.cryostudio.dsl.cryo.Cryopump c) {
		double panelT = required(c, Literals.CRYOPUMP__PANEL_TEMPERATURE, "panel temperature");
		double area = orElse(c, Literals.CRYOPUMP__PANEL_AREA, 0);
		Map<Gas, Double> capture = SpecValues.perGas(c, Literals.CRYOPUMP__CAPTURES);
		Map<Gas, Double> speeds = SpecValues.perGas(c, Literals.CRYOPUMP__SPEEDS);
		Map<Gas, Double> capacity = SpecValues.perGas(c, Literals.CRYOPUMP__CAPACITIES);
		boolean sorbent = SpecValues.written(c, Literals.CRYOPUMP__SORBENT)
				|| optional(c, Literals.CRYOPUMP__SORBENT_AREA).isPresent() || optional(c, Literals.CRYOPUMP__SORBENT_MASS).isPresent();
		if (area == 0 && speeds.isEmpty()) {
			throw new SpecModelException(line(c), name(c) + " needs a panel area or its speed per gas to be solved");
		}
		double defaultCapture = capture.isEmpty() ? 1.0 : 0.0;
		if (area > 0 && capture.isEmpty()) {
			notes.add(name(c) + ": no capture coefficients, 1 assumed for every gas (the vapour-pressure floor decides what "
					+ "the panel holds)");
		}
		if (area == 0) {
			notes.add(name(c) + ": gases without a catalogue speed are pumped at the listed speed scaled by sqrt(M_ref/M) "
					+ "(same capture probability), where the panel can hold them");
		}
		if (sorbent) {
			notes.add(name(c) + ": sorbent panel, cryosorption taken to hold every pumped gas below its capacity "
					+ "(no sorption floor: the library has no He or D2 isotherm on charcoal)");
		}
		return guard(c, () -> new org.cryostudio.analysis.vacuum.Cryopump(panelT, area, 1.0, capture, defaultCapture,
				capacity, speeds, sorbent));
	}

	/** @return the speed curve: a catalogue curve, or S0 (1 - p_ult/p) from one speed */
	private static RoughingPump roughingCurve(org.cryostudio.dsl.cryo.RoughingPump r) {
		List<CurvePoint> points = SpecValues.list(r, Literals.ROUGHING_PUMP__SPEED);
		if (points.isEmpty()) {
			throw new SpecModelException(line(r), name(r) + " needs its speed to be solved");
		}
		OptionalDouble ultimate = optional(r, Literals.ROUGHING_PUMP__ULTIMATE_PRESSURE);
		List<double[]> curve = new ArrayList<>();
		for (CurvePoint p : points) {
			if (p.getPressure() != null) {
				curve.add(new double[] { SpecValues.si(p.getPressure()), SpecValues.si(p.getValue()) });
			}
		}
		if (curve.size() < 2) {
			double s0 = SpecValues.si(points.get(0).getValue());
			return RoughingPump.ofNominal(s0, ultimate.orElse(0.0));
		}
		curve.sort((a, b) -> Double.compare(a[0], b[0]));
		if (ultimate.isPresent() && ultimate.getAsDouble() < curve.get(0)[0]) {
			curve.add(0, new double[] { ultimate.getAsDouble(), 0.0 });
		}
		double[] p = curve.stream().mapToDouble(x -> x[0]).toArray();
		double[] s = curve.stream().mapToDouble(x -> x[1]).toArray();
		return guard(r, () -> RoughingPump.ofCurve(p, s));
	}

	/** ln K0 = a + b sqrt(M) through the lightest and heaviest gas given; null with fewer than two. */
	private static TurbomolecularPump compressionLaw(Map<Gas, Double> k) {
		if (k.size() < 2) {
			return null;
		}
		Gas light = null;
		Gas heavy = null;
		for (Gas g : k.keySet()) {
			double m = Fluids.of(g).molarMass();
			if (light == null || m < Fluids.of(light).molarMass()) {
				light = g;
			}
			if (heavy == null || m > Fluids.of(heavy).molarMass()) {
				heavy = g;
			}
		}
		if (Fluids.of(light).molarMass() == Fluids.of(heavy).molarMass()) {
			return null;
		}
		return TurbomolecularPump.fromCatalogue(Fluids.of(light).molarMass(), k.get(light), Fluids.of(heavy).molarMass(),
				k.get(heavy));
	}

	/** Gas sources: one load per species of the source's gas. */
	private List<GasLoad> source(GasSource s) {
		if (s instanceof GasFlow f) {
			boolean runsHere = process != null ? flowsOf(process).contains(f) : !scenarioFlows.contains(f)
					|| timeline != null && timeline.flows().containsKey(f);
			if (!runsHere) {
				return List.of();
			}
		}
		Volume target = s.getVolume();
		if (target == null) {
			notes.add(name(s) + " feeds no volume: left out");
			return List.of();
		}
		VacuumVolume volume = volumes.get(target);
		if (volume == null) {
			notes.add(name(s) + " feeds " + name(target) + ", which is not in the vacuum network: left out");
			return List.of();
		}
		Object species = SpecValues.effective(s, Literals.GAS_SOURCE__GAS);
		if (!(species instanceof org.cryostudio.dsl.cryo.GasSpecies gasSpecies)) {
			throw new SpecModelException(line(s), name(s) + " needs its gas to be solved");
		}
		Map<Gas, Double> composition = SpecValues.composition(gasSpecies, s);
		String base = prefix + s.getName();
		List<GasLoad> loads = new ArrayList<>();
		for (Map.Entry<Gas, Double> part : composition.entrySet()) {
			String name = composition.size() == 1 ? base : base + "." + part.getKey().symbol();
			loads.add(load(s, name, volume, part.getKey(), part.getValue()));
		}
		return loads;
	}

	private GasLoad load(GasSource s, String name, VacuumVolume volume, Gas gas, double fraction) {
		return switch (s) {
			case org.cryostudio.dsl.cryo.Outgassing o -> outgassing(o, name, volume, gas, fraction);
			case Leak l -> guard(l, () -> ConstantFlow.always(name, volume.name(), gas,
					fraction * required(l, Literals.LEAK__RATE, "rate")));
			case Permeation p -> {
				double k = required(p, Literals.PERMEATION__PERMEABILITY, "permeability");
				double a = required(p, Literals.PERMEATION__AREA, "area");
				double d = required(p, Literals.PERMEATION__THICKNESS, "thickness");
				double up = orElse(p, Literals.PERMEATION__UPSTREAM_PRESSURE, ATMOSPHERE);
				// Henry/Fick steady permeation Q = K A dp / d (downstream pressure negligible)
				yield guard(p, () -> ConstantFlow.always(name, volume.name(), gas, fraction * k * a * up / d));
			}
			case GasFlow f -> flow(f, name, volume, gas, fraction);
			default -> throw new SpecModelException(line(s), "gas source " + name(s) + " of an unknown kind");
		};
	}

	private GasLoad outgassing(org.cryostudio.dsl.cryo.Outgassing o, String name, VacuumVolume volume, Gas gas,
			double fraction) {
		double rate = required(o, Literals.OUTGASSING__RATE, "rate");
		double decay = orElse(o, Literals.OUTGASSING__DECAY, 0);
		double at = orElse(o, Literals.OUTGASSING__RATE_TIME, RATE_TIME);
		OptionalDouble ownArea = optional(o, Literals.OUTGASSING__AREA);
		double area = ownArea.orElse(volume.wallArea());
		if (!(area > 0)) {
			throw new SpecModelException(line(o), name(o) + " needs an area (its own or the wall area of " + volume.name() + ")");
		}
		OptionalDouble thickness = optional(o, Literals.OUTGASSING__DIFFUSION_THICKNESS);
		if (thickness.isPresent()) {
			// diffusion-limited hydrogen: the given rate fixes the initial concentration through the
			// model's own rate at the wall temperature, as if the wall had been pumped for 'at'
			double d = thickness.getAsDouble();
			HydrogenDiffusionOutgassing unit = new HydrogenDiffusionOutgassing(d, 1.0, HydrogenDiffusionOutgassing.STAINLESS_D0,
					HydrogenDiffusionOutgassing.STAINLESS_ACTIVATION_EV);
			double f0 = unit.fourierNumber(volume.temperature(), at);
			double perUnit = unit.rate(f0, volume.temperature());
			double c0 = fraction * rate / perUnit;
			HydrogenDiffusionOutgassing model = new HydrogenDiffusionOutgassing(d, c0, HydrogenDiffusionOutgassing.STAINLESS_D0,
					HydrogenDiffusionOutgassing.STAINLESS_ACTIVATION_EV);
			notes.add(name(o) + ": hydrogen diffusion out of a " + d * 1000 + " mm wall, stainless-steel diffusivity "
					+ "(Calder and Lewin), concentration from the stated rate");
			return guard(o, () -> new HydrogenDiffusion(name, volume.name(), model, area, d, 0.0));
		}
		double q1 = fraction * rate * Math.pow(at / 3600.0, decay);
		OptionalDouble energy = optional(o, Literals.OUTGASSING__DESORPTION_ENERGY);
		double ev;
		if (energy.isPresent()) {
			ev = energy.getAsDouble() / PhysicalConstants.ELEMENTARY_CHARGE;
		} else if (gas == Gas.H2O) {
			ev = org.cryostudio.analysis.vacuum.Outgassing.WATER_ON_STEEL_EV;
			notes.add(name(o) + ": water desorption energy " + ev + " eV assumed for bakes (Redhead 1962)");
		} else {
			ev = 0;
		}
		double prior = priorPumping(o.getVolume(), ev, volume.temperature());
		if (prior > 0) {
			notes.add(String.format(Locale.ROOT, "%s: the surface-history bakes of %s count as %.3g h of pumping at %.4g K",
					name(o), volume.name(), prior / 3600, volume.temperature()));
		}
		OutgassingLaw law = new OutgassingLaw("spec", "as stated", gas.symbol(), q1, decay, 0, Double.MAX_VALUE, "spec",
				"the spec (" + name(o) + ")");
		return guard(o, () -> new org.cryostudio.analysis.vacuum.Outgassing(name, volume.name(), law, area, ev,
				volume.temperature(), prior));
	}

	/**
	 * Equivalent time the walls were already pumped before this pump-down: each bake of the
	 * volume's surface history, its duration times the desorption clock rate at the bake temperature
	 * (first-order desorption, as {@link org.cryostudio.analysis.vacuum.Outgassing}), s.
	 */
	private static double priorPumping(Volume volume, double energyEv, double reference) {
		double sum = 0;
		for (org.cryostudio.dsl.cryo.Bakeout b : volume.getBakeouts()) {
			if (b.getDuration() != null && b.getTemperature() != null) {
				sum += SpecValues.si(b.getDuration()) * org.cryostudio.physics.vacuum.ArrheniusDesorption.rateRatio(energyEv,
						reference, SpecValues.si(b.getTemperature()));
			}
		}
		return sum;
	}

	private GasLoad flow(GasFlow f, String name, VacuumVolume volume, Gas gas, double fraction) {
		double q = fraction * required(f, Literals.GAS_FLOW__THROUGHPUT, "throughput");
		if (process != null) {
			// a process case: the scenario's flows at their peak (pressure during a pulse) or their
			// mean over the pulse period (what the pumps collect)
			OptionalDouble pulse = optional(f, Literals.GAS_FLOW__PULSE_LENGTH);
			double duty = 1;
			if (pulse.isPresent()) {
				duty = Math.min(1, pulse.getAsDouble() / required(f, Literals.GAS_FLOW__PULSE_PERIOD, "pulse period"));
			}
			double value = meanFlows ? q * duty : q;
			return guard(f, () -> ConstantFlow.always(name, volume.name(), gas, value));
		}
		PumpdownTimeline.Window window = timeline == null ? null : timeline.flows().get(f);
		double start = window == null ? 0 : window.start();
		double end;
		if (window != null) {
			end = window.end();
		} else {
			OptionalDouble d = optional(f, Literals.GAS_FLOW__DURATION);
			end = d.isPresent() ? d.getAsDouble() : Double.MAX_VALUE;
		}
		OptionalDouble pulse = optional(f, Literals.GAS_FLOW__PULSE_LENGTH);
		if (pulse.isPresent()) {
			double period = required(f, Literals.GAS_FLOW__PULSE_PERIOD, "pulse period");
			double last = end == Double.MAX_VALUE ? start + 1e9 : end;
			return guard(f, () -> new PulsedFlow(name, volume.name(), gas, q, pulse.getAsDouble(), period, start, last));
		}
		return guard(f, () -> new ConstantFlow(name, volume.name(), gas, q, start, end));
	}

	/** Textbook roughing time of a step, t = V/S ln(p0/p), with the step's pumps' nominal speeds. */
	private double roughingTime(org.cryostudio.dsl.cryo.RoughStep step, double until) {
		VacuumVolume v = volumes.get(step.getVolume());
		double speed = 0;
		for (Pump p : step.getPumps()) {
			if (p instanceof org.cryostudio.dsl.cryo.RoughingPump r) {
				speed += roughingCurve(r).speed(ATMOSPHERE);
			}
		}
		if (v == null || !(speed > 0) || !(until < ATMOSPHERE)) {
			return 0;
		}
		return v.volume() / speed * Math.log(ATMOSPHERE / until);
	}
}
