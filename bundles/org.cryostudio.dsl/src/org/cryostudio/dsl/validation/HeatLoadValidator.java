package org.cryostudio.dsl.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.cryostudio.dsl.cryo.ColdSource;
import org.cryostudio.dsl.cryo.Comparison;
import org.cryostudio.dsl.cryo.CoolingRef;
import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.CryoSystem;
import org.cryostudio.dsl.cryo.Cryocooler;
import org.cryostudio.dsl.cryo.Cryogen;
import org.cryostudio.dsl.cryo.CryogenKind;
import org.cryostudio.dsl.cryo.Element;
import org.cryostudio.dsl.cryo.GasSpecies;
import org.cryostudio.dsl.cryo.HeatLoad;
import org.cryostudio.dsl.cryo.Metric;
import org.cryostudio.dsl.cryo.Quantity;
import org.cryostudio.dsl.cryo.Refrigerator;
import org.cryostudio.dsl.cryo.Requirement;
import org.cryostudio.dsl.cryo.Stage;
import org.cryostudio.dsl.cryo.ThermalLink;
import org.cryostudio.dsl.model.ComponentTypes;
import org.cryostudio.dsl.model.LibraryLinks;
import org.cryostudio.dsl.units.SpecQuantities;
import org.cryostudio.physics.fluids.Fluid;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.units.UnitParseException;
import org.eclipse.xtext.validation.Check;

/**
 * Stages and what holds them cold:
 * <ul>
 * <li>cooler-capacity: the heat load on the stages a cooler stage holds (fixed loads plus the heat
 * the thermal links carry between declared stage temperatures, {@link StageHeatFlows}) above its
 * capacity at that temperature ({@link CoolerCapacity}), an error; below a required margin
 * (margin = capacity / load, as the heat-load solver reports it), a warning;</li>
 * <li>temperature-order: a stage held by a cooler's second stage not colder than one held by its
 * first; a stage colder than the boiling point of the bath or supply that cools it;</li>
 * <li>above-critical: a liquid bath at or above its fluid's critical pressure;</li>
 * <li>superfluid-state: a stage below the lambda point held by a helium bath that, at its pressure,
 * is He I (it boils above the lambda point): the design asks for He II the bath cannot give.</li>
 * </ul>
 */
public class HeatLoadValidator extends PhysicsCheck {

	@Check
	public void checkCapacity(Stage stage) {
		CoolingRef ref = stage.getCooledBy();
		OptionalDouble t = StageHeatFlows.temperature(stage);
		if (ref == null || t.isEmpty() || !(ref.getSource() instanceof ColdSource source) || source.eIsProxy()
				|| !(source instanceof Cryocooler || source instanceof Refrigerator) || !(stage.eContainer() instanceof CryoSystem system)) {
			return;
		}
		int n = stageNumber(ref);
		List<Stage> group = new ArrayList<>();
		for (Element member : system.getMembers()) {
			if (member instanceof Stage s && s.getCooledBy() != null && s.getCooledBy().getSource() == source
					&& stageNumber(s.getCooledBy()) == n) {
				group.add(s);
			}
		}
		if (group.get(0) != stage) {
			return; // one finding per cooler stage, on the first stage it holds
		}
		double load = 0;
		List<String> parts = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		boolean complete = true;
		boolean certainLowerBound = true;
		for (Element member : system.getMembers()) {
			if (member instanceof HeatLoad h && group.contains(h.getStage())) {
				OptionalDouble p = SpecValues.si(h, Literals.HEAT_LOAD__POWER);
				if (p.isPresent()) {
					load += p.getAsDouble();
					parts.add(name(h) + " " + Show.watt(p.getAsDouble()));
				}
			} else if (member instanceof ThermalLink link) {
				boolean first = group.contains(link.getFirst());
				boolean second = group.contains(link.getSecond());
				if (first == second) {
					continue; // not touching the group, or inside it
				}
				Stage other = first ? link.getSecond() : link.getFirst();
				StageHeatFlows.Flow flow = StageHeatFlows.of(link);
				OptionalDouble tOther = StageHeatFlows.temperature(other);
				if (!flow.computed()) {
					complete = false;
					missing.add(name(link) + " (" + flow.why() + ")");
					if (tOther.isEmpty() || tOther.getAsDouble() < t.getAsDouble()) {
						certainLowerBound = false; // it might carry heat away
					}
					continue;
				}
				double signed = tOther.getAsDouble() >= t.getAsDouble() ? flow.watts() : -flow.watts();
				load += signed;
				parts.add(org.cryostudio.dsl.model.ElementKinds.keyword(link) + " " + name(link) + " " + Show.watt(signed));
			}
		}
		if (!certainLowerBound || parts.isEmpty()) {
			return;
		}
		CoolerCapacity capacity = CoolerCapacity.of(source, n, t.getAsDouble());
		String held = group.size() == 1 ? "stage " + name(stage) : "stages " + String.join(", ", group.stream().map(PhysicsCheck::name).toList());
		String loadText = held + " at " + Show.kelvin(t.getAsDouble()) + " carr" + (group.size() == 1 ? "ies " : "y ")
				+ (complete ? "" : "at least ") + Show.watt(load) + " (" + String.join(", ", parts) + ")";
		String notCounted = missing.isEmpty() ? "" : ". Not counted: " + String.join(", ", missing);
		String cooler = name(source) + (source instanceof Cryocooler ? " stage " + n : "");
		if (capacity.below(load)) {
			errorAt(stage, Literals.STAGE__COOLED_BY, loadText + ", more than " + cooler + " can lift at that temperature: "
					+ Show.watt(capacity.value()) + " (" + capacity.basis() + ")" + notCounted, IssueCodes.COOLER_CAPACITY, null);
			return;
		}
		Requirement margin = marginRequirement(system, group);
		if (margin == null || capacity.kind() == CoolerCapacity.Kind.UNKNOWN || capacity.kind() == CoolerCapacity.Kind.AT_LEAST
				|| !(load > 0)) {
			return;
		}
		OptionalDouble required = SpecValues.si(margin.getLimit());
		double actual = capacity.value() / load;
		boolean strict = margin.getComparison() == Comparison.GREATER;
		if (required.isPresent() && (actual < required.getAsDouble() || strict && actual == required.getAsDouble())) {
			warning(loadText + "; " + cooler + " gives " + Show.watt(capacity.value()) + " there (" + capacity.basis()
					+ "): a margin (capacity / load) of " + (capacity.kind() == CoolerCapacity.Kind.AT_MOST ? "at most " : "")
					+ Show.number(actual) + ", less than the required " + Show.number(required.getAsDouble()) + notCounted, margin,
					Literals.REQUIREMENT__LIMIT, IssueCodes.COOLER_CAPACITY);
		}
	}

	@Check
	public void checkStageOrder(Stage stage) {
		CoolingRef ref = stage.getCooledBy();
		OptionalDouble t = StageHeatFlows.temperature(stage);
		if (ref == null || t.isEmpty() || !(stage.eContainer() instanceof CryoSystem system)) {
			return;
		}
		if (ref.getSource() instanceof Cryocooler cooler && stageNumber(ref) == 2) {
			for (Element member : system.getMembers()) {
				if (member instanceof Stage warm && warm.getCooledBy() != null && warm.getCooledBy().getSource() == cooler
						&& stageNumber(warm.getCooledBy()) == 1) {
					OptionalDouble tw = StageHeatFlows.temperature(warm);
					if (tw.isPresent() && t.getAsDouble() >= tw.getAsDouble()) {
						errorAt(stage, Literals.STAGE__TEMPERATURE, "stage " + name(stage) + " at " + Show.kelvin(t.getAsDouble())
								+ " is held by the second (colder) stage of " + name(cooler) + " but is not colder than stage "
								+ name(warm) + " at " + Show.kelvin(tw.getAsDouble()) + ", held by its first stage",
								IssueCodes.TEMPERATURE_ORDER, null);
						return;
					}
				}
			}
		}
		if (ref.getSource() instanceof Cryogen cryogen && !cryogen.eIsProxy()) {
			Gas gas = fluid(cryogen);
			OptionalDouble p = SpecValues.positive(cryogen, Literals.CRYOGEN__PRESSURE);
			if (gas == null || p.isEmpty() || CachedPhysics.fluidWithEos(gas) == null) {
				return;
			}
			Fluid fluid = Fluids.of(gas);
			if (p.getAsDouble() >= fluid.criticalPressure()) {
				return; // a supercritical supply has no boiling point
			}
			ModelResult boiling = CachedPhysics.vapourTemperature(gas, p.getAsDouble());
			if (!(boiling.value() > 0) || t.getAsDouble() >= boiling.value() * (1 - 1e-3)) {
				return;
			}
			Quantity written = SpecValues.quantity(cryogen, Literals.CRYOGEN__PRESSURE);
			double lambda = Fluids.of(Gas.HE).tripleTemperature();
			boolean superfluid = gas == Gas.HE && t.getAsDouble() < lambda && boiling.value() > lambda;
			PhysicsFixes fixes = new PhysicsFixes();
			String stageValue = Show.literal(Show.roundUp(boiling.value(), 3)) + " K";
			if (!superfluid) {
				fixes.add("Set the temperature of " + name(stage) + " to " + stageValue,
						PhysicsFixes.setProperty(stage, Literals.STAGE__TEMPERATURE, "temperature", stageValue));
			}
			ModelResult pumped = CachedPhysics.vapourPressure(gas, t.getAsDouble());
			if (pumped.valid() && pumped.value() > 0 && cryogen.eResource() == stage.eResource() && written != null) {
				String pressure = pressureIn(pumped.value(), written);
				if (pressure != null) {
					fixes.add("Pump " + name(cryogen) + " down to " + pressure,
							PhysicsFixes.setProperty(cryogen, Literals.CRYOGEN__PRESSURE, "pressure", pressure));
				}
			}
			String pumpedText = pumped.valid() && pumped.value() > 0 ? "; to reach " + Show.kelvin(t.getAsDouble())
					+ " the bath must be pumped to " + Show.pascal(pumped.value()) : "";
			if (superfluid) {
				errorAt(stage, Literals.STAGE__TEMPERATURE, "stage " + name(stage) + " at " + Show.kelvin(t.getAsDouble())
						+ " asks " + name(cryogen) + " for superfluid He II, which exists only below the lambda point "
						+ Show.kelvin(lambda) + ", but He at " + Show.like(p.getAsDouble(), written, "Pa") + " is He I boiling at "
						+ Show.kelvin(boiling.value()) + pumpedText + " (below the lambda-point pressure "
						+ Show.pascal(CachedPhysics.vapourPressure(Gas.HE, lambda).value()) + ")", IssueCodes.SUPERFLUID_STATE, fixes);
				return;
			}
			errorAt(stage, Literals.STAGE__TEMPERATURE, "stage " + name(stage) + " at " + Show.kelvin(t.getAsDouble())
					+ " is colder than " + name(cryogen) + " can hold it: " + gas.symbol() + " at "
					+ Show.like(p.getAsDouble(), written, "Pa") + " boils at " + Show.kelvin(boiling.value()) + pumpedText,
					IssueCodes.TEMPERATURE_ORDER, fixes);
		}
	}

	@Check
	public void checkBath(Cryogen cryogen) {
		if (cryogen.getKind() != CryogenKind.BATH) {
			return;
		}
		Gas gas = fluid(cryogen);
		OptionalDouble p = SpecValues.positive(cryogen, Literals.CRYOGEN__PRESSURE);
		if (gas == null || p.isEmpty()) {
			return;
		}
		Fluid fluid = Fluids.of(gas);
		if (p.getAsDouble() >= fluid.criticalPressure()) {
			errorAt(cryogen, Literals.CRYOGEN__PRESSURE, "a liquid bath of " + gas.symbol() + " at "
					+ Show.like(p.getAsDouble(), SpecValues.quantity(cryogen, Literals.CRYOGEN__PRESSURE), "Pa")
					+ " is at or above its critical pressure " + Show.pascal(fluid.criticalPressure()) + " (critical temperature "
					+ Show.kelvin(fluid.criticalTemperature()) + "): no liquid exists there; a supercritical flow is a supply",
					IssueCodes.ABOVE_CRITICAL, null);
		}
	}

	private static Gas fluid(Cryogen cryogen) {
		Object species = ComponentTypes.effective(cryogen, Literals.CRYOGEN__FLUID);
		return species instanceof GasSpecies s ? LibraryLinks.gas(s).orElse(null) : null;
	}

	private static int stageNumber(CoolingRef ref) {
		return ref.eIsSet(Literals.COOLING_REF__STAGE) ? ref.getStage() : 1;
	}

	private static Requirement marginRequirement(CryoSystem system, List<Stage> group) {
		for (Element member : system.getMembers()) {
			if (member instanceof Requirement r && r.getMetric() == Metric.MARGIN && group.contains(r.getSubject())
					&& (r.getComparison() == Comparison.GREATER || r.getComparison() == Comparison.GREATER_OR_EQUAL)) {
				return r;
			}
		}
		return null;
	}

	/** @return a pressure in the unit the spec wrote, two significant digits rounded down, e.g. "0.38 bar" */
	private static String pressureIn(double pascal, Quantity written) {
		try {
			String unit = written.getUnit();
			double v = SpecQuantities.parse(unit).fromSi(pascal);
			return Show.literal(Show.roundDown(v, 2)) + " " + unit;
		} catch (UnitParseException | NullPointerException e) {
			return null;
		}
	}
}
