package org.cryostudio.analysis.build;

import static org.cryostudio.analysis.build.SpecValues.guard;
import static org.cryostudio.analysis.build.SpecValues.line;
import static org.cryostudio.analysis.build.SpecValues.name;
import static org.cryostudio.analysis.build.SpecValues.optional;
import static org.cryostudio.analysis.build.SpecValues.orElse;
import static org.cryostudio.analysis.build.SpecValues.required;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import org.cryostudio.analysis.thermal.CapacityCurve;
import org.cryostudio.analysis.thermal.ConductionLink;
import org.cryostudio.analysis.thermal.Cooler;
import org.cryostudio.analysis.thermal.GasConductionLink;
import org.cryostudio.analysis.thermal.HeatCapacity;
import org.cryostudio.analysis.thermal.HeatLoad;
import org.cryostudio.analysis.thermal.KapitzaLink;
import org.cryostudio.analysis.thermal.MliLink;
import org.cryostudio.analysis.thermal.RadiationLink;
import org.cryostudio.analysis.thermal.ThermalLink;
import org.cryostudio.analysis.thermal.ThermalNetwork;
import org.cryostudio.analysis.thermal.ThermalNode;
import org.cryostudio.dsl.cryo.ColdSource;
import org.cryostudio.dsl.cryo.ConductiveLink;
import org.cryostudio.dsl.cryo.CoolingRef;
import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.Cryocooler;
import org.cryostudio.dsl.cryo.Cryogen;
import org.cryostudio.dsl.cryo.Element;
import org.cryostudio.dsl.cryo.GasConduction;
import org.cryostudio.dsl.cryo.KapitzaInterface;
import org.cryostudio.dsl.cryo.LoadMapRow;
import org.cryostudio.dsl.cryo.LoadPoint;
import org.cryostudio.dsl.cryo.RadiativeLink;
import org.cryostudio.dsl.cryo.Refrigerator;
import org.cryostudio.dsl.cryo.Stage;
import org.cryostudio.dsl.model.LibraryLinks;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.thermal.KapitzaConductance;
import org.cryostudio.physics.thermal.Material;

/**
 * Builds the thermal network of one system. A stage is held (a boundary: {@code fixed}, or a
 * temperature with no cold source, or a stage kept cold by a bath, a refrigerator or a cooler
 * known only by one rating point) or floating (it settles where its heat balance closes: a shield
 * between two held stages, or a stage on a cooler whose capacity curve is known). Links come from
 * the radiative, conductive, residual-gas and Kapitza elements; loads from {@code load}.
 */
final class ThermalModelBuilder {

	/** Pressure in an MLI blanket when the spec gives no residual-gas element, Pa: a well pumped insulating vacuum. */
	static final double MLI_PRESSURE = 1e-4;
	/** Gauge temperature of residual-gas pressures, K (room-temperature gauges). */
	static final double GAUGE_TEMPERATURE = 293.15;
	/**
	 * Overall accommodation coefficient when none is given: 0.5, mid-range of technical surfaces for
	 * N2/air between 300 K and 77 K (Corruccini, Vacuum 7-8 (1959) 19; Ekin, Experimental Techniques
	 * for Low-Temperature Measurements, table 2.4) [R].
	 */
	static final double ACCOMMODATION = 0.5;
	/** Temperature of a stage nothing fixes before cooldown, K. */
	static final double ROOM = 293.15;

	private final String prefix;
	private final List<Element> members;
	private final List<String> notes;

	ThermalModelBuilder(String prefix, List<Element> members, List<String> notes) {
		this.prefix = prefix;
		this.members = members;
		this.notes = notes;
	}

	ThermalNetwork build() {
		List<Stage> stages = members.stream().filter(Stage.class::isInstance).map(Stage.class::cast).toList();
		if (stages.isEmpty()) {
			return ThermalNetwork.EMPTY;
		}
		double warmest = stages.stream().mapToDouble(s -> orElse(s, Literals.STAGE__TEMPERATURE, 0)).max().orElse(0);
		double start = warmest > 0 ? warmest : ROOM;
		List<ThermalNode> nodes = new ArrayList<>();
		List<Cooler> coolers = new ArrayList<>();
		Map<ColdSource, Integer> stagesPerSource = new LinkedHashMap<>();
		for (Stage s : stages) {
			CoolingRef ref = (CoolingRef) SpecValues.effective(s, Literals.STAGE__COOLED_BY);
			if (ref != null && ref.getSource() != null) {
				stagesPerSource.merge(ref.getSource(), 1, Integer::sum);
			}
		}
		for (Stage s : stages) {
			String name = prefix + s.getName();
			OptionalDouble temperature = optional(s, Literals.STAGE__TEMPERATURE);
			double initial = orElse(s, Literals.STAGE__INITIAL_TEMPERATURE, start);
			List<HeatCapacity> capacities = capacities(s);
			CoolingRef ref = (CoolingRef) SpecValues.effective(s, Literals.STAGE__COOLED_BY);
			boolean floating = Boolean.TRUE.equals(SpecValues.effective(s, Literals.STAGE__FLOATING));
			boolean fixed = Boolean.TRUE.equals(SpecValues.effective(s, Literals.STAGE__FIXED));
			if (ref != null && ref.getSource() != null && !fixed) {
				ColdSource source = ref.getSource();
				Cooled cooled = cooler(source, ref.getStage(), stagesPerSource.get(source) > 1, name, temperature);
				if (cooled.heldAt().isPresent()) {
					double t = cooled.heldAt().getAsDouble();
					nodes.add(guard(s, () -> new ThermalNode(name, OptionalDouble.of(t), initial, capacities)));
				} else {
					nodes.add(guard(s, () -> ThermalNode.floating(name, initial, capacities)));
				}
				coolers.add(guard(s, cooled.cooler()));
			} else if (fixed || (!floating && temperature.isPresent())) {
				if (temperature.isEmpty()) {
					throw new SpecModelException(line(s), name(s) + " is fixed and needs its temperature");
				}
				double t = temperature.getAsDouble();
				nodes.add(guard(s, () -> new ThermalNode(name, OptionalDouble.of(t), fixed ? t : initial, capacities)));
			} else {
				nodes.add(guard(s, () -> ThermalNode.floating(name, initial, capacities)));
			}
		}
		List<ThermalLink> links = new ArrayList<>();
		List<HeatLoad> loads = new ArrayList<>();
		for (Element e : members) {
			if (e instanceof org.cryostudio.dsl.cryo.ThermalLink l) {
				if (l.getFirst() == null || l.getSecond() == null) {
					notes.add(name(l) + " links no two stages: left out");
					continue;
				}
				links.add(link(l, prefix + l.getFirst().getName(), prefix + l.getSecond().getName()));
			} else if (e instanceof org.cryostudio.dsl.cryo.HeatLoad h) {
				if (h.getStage() == null) {
					notes.add(name(h) + " is on no stage: left out");
					continue;
				}
				double power = required(h, Literals.HEAT_LOAD__POWER, "power");
				loads.add(guard(h, () -> new HeatLoad(prefix + h.getName(), prefix + h.getStage().getName(), power)));
			}
		}
		return guard(stages.get(0).eContainer(), () -> new ThermalNetwork(nodes, links, loads, coolers));
	}

	/** A cold source's effect on one stage: the cooler entry and, for a held stage, its temperature. */
	private record Cooled(java.util.function.Supplier<Cooler> cooler, OptionalDouble heldAt) {
	}

	private Cooled cooler(ColdSource source, int stageNumber, boolean multiStage, String node, OptionalDouble stageT) {
		String name = prefix + source.getName() + (multiStage ? " stage " + Math.max(1, stageNumber) : "");
		switch (source) {
			case Cryocooler c -> {
				double reject = orElse(c, Literals.CRYOCOOLER__REJECTION_TEMPERATURE, ROOM);
				OptionalDouble input = optional(c, Literals.CRYOCOOLER__INPUT_POWER);
				OptionalDouble carnot = optional(c, Literals.CRYOCOOLER__CARNOT_FRACTION);
				if (input.isPresent() && multiStage) {
					// one compressor drives all stages: charge its input to the first stage only
					input = Math.max(1, stageNumber) == 1 ? input : OptionalDouble.empty();
				}
				List<LoadPoint> points = capacityPoints(c, stageNumber, multiStage);
				OptionalDouble inputPower = input;
				if (points.isEmpty()) {
					throw new SpecModelException(line(c), name(c) + " needs a capacity or a load map to cool " + node);
				}
				if (points.size() == 1) {
					double tr = SpecValues.si(points.get(0).getTemperature());
					double q = SpecValues.si(points.get(0).getPower());
					double held = stageT.orElse(tr);
					if (Math.abs(held - tr) > 0.01 * tr) {
						notes.add(String.format(Locale.ROOT, "%s: rated at %.4g K but %s is held at %.4g K; the rating is "
								+ "compared with its load as it stands", name, tr, node, held));
					}
					return new Cooled(() -> new Cooler(name, node, CapacityCurve.rating(name, tr, q), inputPower, carnot, reject),
							OptionalDouble.of(held));
				}
				double[][] curve = sortedCurve(points);
				return new Cooled(() -> new Cooler(name, node, new CapacityCurve(name, curve[0], curve[1]), inputPower, carnot,
						reject), OptionalDouble.empty());
			}
			case Refrigerator r -> {
				double reject = orElse(r, Literals.REFRIGERATOR__REJECTION_TEMPERATURE, ROOM);
				OptionalDouble input = optional(r, Literals.REFRIGERATOR__INPUT_POWER);
				OptionalDouble carnot = optional(r, Literals.REFRIGERATOR__CARNOT_FRACTION);
				List<LoadPoint> points = SpecValues.list(r, Literals.REFRIGERATOR__CAPACITY);
				LoadPoint rating = closest(points, stageT);
				double held = stageT.isPresent() ? stageT.getAsDouble()
						: rating != null ? SpecValues.si(rating.getTemperature()) : -1;
				if (held <= 0) {
					throw new SpecModelException(line(r), name(r) + " holds " + node + " at no stated temperature");
				}
				CapacityCurve curve = rating == null ? null
						: CapacityCurve.rating(name, SpecValues.si(rating.getTemperature()), SpecValues.si(rating.getPower()));
				return new Cooled(() -> new Cooler(name, node, curve, input, carnot, reject), OptionalDouble.of(held));
			}
			case Cryogen bath -> {
				Object fluid = SpecValues.effective(bath, Literals.CRYOGEN__FLUID);
				double held;
				if (fluid instanceof org.cryostudio.dsl.cryo.GasSpecies species) {
					Gas gas = SpecValues.pureGas(species, bath);
					double p = orElse(bath, Literals.CRYOGEN__PRESSURE, 101325.0);
					ModelResult t = Fluids.of(gas).vapourTemperature(p);
					if (!Double.isFinite(t.value())) {
						throw new SpecModelException(line(bath), name(bath) + ": no saturation temperature of " + gas.symbol()
								+ " at " + p + " Pa");
					}
					held = t.value();
					if (stageT.isPresent() && Math.abs(stageT.getAsDouble() - held) > 0.5) {
						notes.add(String.format(Locale.ROOT, "%s is held at %.4g K by %s (boiling at %.4g K)", node,
								stageT.getAsDouble(), name(bath), held));
						held = stageT.getAsDouble();
					}
				} else if (stageT.isPresent()) {
					held = stageT.getAsDouble();
				} else {
					throw new SpecModelException(line(bath), name(bath) + " needs its fluid to hold " + node);
				}
				double t = held;
				return new Cooled(() -> new Cooler(name, node, null, OptionalDouble.empty(), OptionalDouble.empty(), ROOM),
						OptionalDouble.of(t));
			}
			default -> {
				// dilution units, JT valves and expanders cooling a stage: the stage is held where the
				// spec says; their own performance is the refrigeration study's
				if (stageT.isEmpty()) {
					throw new SpecModelException(line(source), name(source) + " cools " + node + ", which needs a temperature");
				}
				double t = stageT.getAsDouble();
				return new Cooled(() -> new Cooler(name, node, null, OptionalDouble.empty(), OptionalDouble.empty(), ROOM),
						OptionalDouble.of(t));
			}
		}
	}

	/** The capacity points of one stage: its load-map column, or its entry of a per-stage rating list, or the curve. */
	private List<LoadPoint> capacityPoints(Cryocooler c, int stageNumber, boolean multiStage) {
		List<LoadMapRow> map = SpecValues.list(c, Literals.CRYOCOOLER__LOAD_MAP);
		List<LoadPoint> capacity = SpecValues.list(c, Literals.CRYOCOOLER__CAPACITY);
		int column = Math.max(1, stageNumber) - 1;
		if (!map.isEmpty()) {
			List<LoadPoint> points = new ArrayList<>();
			for (LoadMapRow row : map) {
				if (row.getPoints().size() > column) {
					points.add(row.getPoints().get(column));
				}
			}
			if (multiStage || column > 0) {
				notes.add(name(c) + ": stage " + (column + 1) + " capacity from its load-map column, the other stage at its "
						+ "own operating point (the coupling of the stages is not modelled)");
			}
			return points;
		}
		if (multiStage || column > 0) {
			// "capacity 40 W at 45 K, 1.5 W at 4.2 K": one rating per stage, in stage order
			return capacity.size() > column ? List.of(capacity.get(column)) : List.of();
		}
		return capacity;
	}

	private static double[][] sortedCurve(List<LoadPoint> points) {
		List<double[]> pts = new ArrayList<>();
		for (LoadPoint p : points) {
			pts.add(new double[] { SpecValues.si(p.getTemperature()), SpecValues.si(p.getPower()) });
		}
		pts.sort((a, b) -> Double.compare(a[0], b[0]));
		return new double[][] { pts.stream().mapToDouble(x -> x[0]).toArray(), pts.stream().mapToDouble(x -> x[1]).toArray() };
	}

	private static LoadPoint closest(List<LoadPoint> points, OptionalDouble temperature) {
		LoadPoint best = null;
		double distance = Double.MAX_VALUE;
		for (LoadPoint p : points) {
			double d = temperature.isPresent() ? Math.abs(SpecValues.si(p.getTemperature()) - temperature.getAsDouble()) : 0;
			if (best == null || d < distance) {
				best = p;
				distance = d;
			}
		}
		return best;
	}

	private List<HeatCapacity> capacities(Stage s) {
		List<HeatCapacity> list = new ArrayList<>();
		OptionalDouble c = optional(s, Literals.STAGE__HEAT_CAPACITY);
		if (c.isPresent()) {
			list.add(guard(s, () -> new HeatCapacity.Constant(c.getAsDouble())));
		}
		OptionalDouble mass = optional(s, Literals.STAGE__MASS);
		Object material = SpecValues.effective(s, Literals.STAGE__MATERIAL);
		if (mass.isPresent()) {
			if (material instanceof org.cryostudio.dsl.cryo.Material m) {
				Material data = material(m);
				list.add(guard(s, () -> new HeatCapacity.OfMaterial(data, mass.getAsDouble())));
			} else if (c.isEmpty()) {
				notes.add(name(s) + ": a mass without a material has no heat capacity; give its material");
			}
		}
		return list;
	}

	private static Material material(org.cryostudio.dsl.cryo.Material m) {
		return LibraryLinks.material(m).orElseThrow(() -> new SpecModelException(line(m),
				"material " + m.getName() + " has no data in the physics library"));
	}

	private ThermalLink link(org.cryostudio.dsl.cryo.ThermalLink l, String a, String b) {
		String name = prefix + l.getName();
		return switch (l) {
			case RadiativeLink r -> {
				double area = required(r, Literals.RADIATIVE_LINK__FIRST_AREA, "area");
				OptionalDouble layers = optional(r, Literals.RADIATIVE_LINK__LAYERS);
				if (layers.isPresent()) {
					double density = required(r, Literals.RADIATIVE_LINK__LAYER_DENSITY, "layer density") / 100.0; // per cm
					notes.add(name + ": MLI by the Lockheed equation (calorimeter value; installed blankets do 2-3x worse), "
							+ "blanket pressure " + MLI_PRESSURE + " Pa");
					yield guard(r, () -> new MliLink(name, a, b, area, (int) Math.round(layers.getAsDouble()), density,
							MLI_PRESSURE, 1.0));
				}
				double ea = required(r, Literals.RADIATIVE_LINK__FIRST_EMISSIVITY, "emissivity");
				double eb = orElse(r, Literals.RADIATIVE_LINK__SECOND_EMISSIVITY, ea);
				int shields = (int) Math.round(orElse(r, Literals.RADIATIVE_LINK__SHIELDS, 0));
				double enclosing = shields == 0 ? orElse(r, Literals.RADIATIVE_LINK__SECOND_AREA, 0) : 0;
				if (shields > 0) {
					notes.add(name + ": " + shields + " floating shield(s) with the lower surface emissivity on both faces");
				}
				yield guard(r, () -> new RadiationLink(name, a, b, area, ea, eb, shields, Math.min(ea, eb), enclosing));
			}
			case ConductiveLink c -> {
				Object m = SpecValues.effective(c, Literals.CONDUCTIVE_LINK__MATERIAL);
				if (!(m instanceof org.cryostudio.dsl.cryo.Material material)) {
					throw new SpecModelException(line(c), name(c) + " needs its material to be solved");
				}
				Material data = material(material);
				double section = required(c, Literals.CONDUCTIVE_LINK__SECTION, "section");
				double length = required(c, Literals.CONDUCTIVE_LINK__LENGTH, "length");
				int count = (int) Math.round(orElse(c, Literals.CONDUCTIVE_LINK__COUNT, 1));
				yield guard(c, () -> new ConductionLink(name, a, b, data, section, length, count));
			}
			case GasConduction g -> {
				Object species = SpecValues.effective(g, Literals.GAS_CONDUCTION__GAS);
				Gas gas = species instanceof org.cryostudio.dsl.cryo.GasSpecies sp ? SpecValues.pureGas(sp, g) : Gas.N2;
				if (species == null) {
					notes.add(name + ": no gas given, nitrogen assumed (air leaking into an insulating vacuum)");
				}
				double p = required(g, Literals.GAS_CONDUCTION__PRESSURE, "pressure");
				double area = required(g, Literals.GAS_CONDUCTION__AREA, "area");
				double alpha = orElse(g, Literals.GAS_CONDUCTION__ACCOMMODATION, ACCOMMODATION);
				yield guard(g, () -> new GasConductionLink(name, a, b, area, gas, p, GAUGE_TEMPERATURE, alpha));
			}
			case KapitzaInterface k -> {
				double area = required(k, Literals.KAPITZA_INTERFACE__AREA, "area");
				OptionalDouble coefficient = optional(k, Literals.KAPITZA_INTERFACE__COEFFICIENT);
				KapitzaConductance law = coefficient.isPresent() ? new KapitzaConductance(coefficient.getAsDouble(), 3.0)
						: KapitzaConductance.COPPER_HE_II;
				yield guard(k, () -> new KapitzaLink(name, a, b, area, law));
			}
			default -> throw new SpecModelException(line(l), "thermal link " + name(l) + " of an unknown kind");
		};
	}
}
