package org.cryostudio.dsl.validation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.cryostudio.dsl.cryo.ColdTrap;
import org.cryostudio.dsl.cryo.Comparison;
import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.Cryopump;
import org.cryostudio.dsl.cryo.GasSource;
import org.cryostudio.dsl.cryo.GasValue;
import org.cryostudio.dsl.cryo.Metric;
import org.cryostudio.dsl.cryo.Pump;
import org.cryostudio.dsl.cryo.Requirement;
import org.cryostudio.dsl.cryo.Volume;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/**
 * Cold pumping surfaces and the rule of the coldest surface. The vapour (sublimation) pressure of a
 * condensate on a surface at Ts sets a floor p_s(Ts) sqrt(Tg/Ts) under the pressure of its gas
 * ({@link CondensateFloor}, from the fluid library):
 * <ul>
 * <li>not-condensable: a surface that pumps only by condensation, declared to pump H2, D2, He or
 * Ne, at a temperature where that floor is above the high-vacuum range (0.1 Pa, ISO 3529-1) or
 * where the gas has no condensed phase at all;</li>
 * <li>vapor-pressure-floor: a pressure or partial-pressure requirement of a volume below the floor
 * of the gases held on its coldest pumping surface;</li>
 * <li>temperature-order: a cryopump baffle not warmer than its panel, a cold surface not colder than
 * the gas it pumps.</li>
 * </ul>
 */
public class CryopumpingValidator extends PhysicsCheck {

	/** Upper end of the high-vacuum range, Pa (ISO 3529-1:2019, high vacuum 0.1 Pa to 1e-6 Pa). */
	static final double HIGH_VACUUM = 0.1;

	/** Gases a cold surface can hold only at very low temperature (or by sorption). */
	static final Set<Gas> LIGHT = EnumSet.of(Gas.HE, Gas.HE3, Gas.H2, Gas.PH2, Gas.D2, Gas.NE);

	@Check
	public void checkCondensable(Pump pump) {
		PumpingSurfaces surface = PumpingSurfaces.of(pump);
		if (surface == null) {
			return;
		}
		double tg = gasTemperature(pump);
		for (Gas gas : surface.declared()) {
			if (!LIGHT.contains(gas) || !surface.condenses(gas)) {
				continue;
			}
			CondensateFloor floor = CondensateFloor.of(gas, surface.temperature(), tg);
			String only = pump instanceof Cryopump ? " pumps " + gas.symbol() + " by condensation only (no sorbent)"
					: " is expected to pump " + gas.symbol() + " by condensation";
			String hint = "; use a sorbent (cryosorption on activated charcoal) or a colder stage";
			PhysicsFixes fixes = new PhysicsFixes();
			if (pump instanceof Cryopump) {
				fixes.add("Add a charcoal sorbent", PhysicsFixes.addLine(pump, "sorbent charcoal"));
			}
			switch (floor.kind()) {
				case NO_CONDENSATE -> reportAtGas(pump, gas, true, name(pump) + only + ", but at " + Show.kelvin(surface.temperature())
						+ " it is above the critical temperature of " + gas.symbol() + ", "
						+ Show.kelvin(Fluids.of(gas).criticalTemperature()) + ": " + gas.symbol()
						+ " does not condense there at any pressure" + hint, IssueCodes.NOT_CONDENSABLE, fixes);
				case EXACT -> {
					if (floor.value() > HIGH_VACUUM) {
						OptionalDouble colder = CondensateFloor.temperatureFor(gas, HIGH_VACUUM, tg);
						if (colder.isPresent()) {
							String value = Show.literal(Show.roundDown(colder.getAsDouble(), 2)) + " K";
							fixes.add("Set the " + surface.keywords() + " to " + value,
									PhysicsFixes.setProperty(pump, surface.feature(), surface.keywords(), value));
						}
						reportAtGas(pump, gas, true, name(pump) + only + ", but at " + Show.kelvin(surface.temperature())
								+ " the vapour pressure of condensed " + gas.symbol() + " holds its pressure above "
								+ Show.pascal(floor.value()) + " (p_s sqrt(Tg/Ts) with Tg = " + Show.kelvin(tg) + "; " + floor.source()
								+ "), above the high-vacuum range (0.1 Pa)"
								+ (colder.isPresent() ? "; a surface below " + Show.kelvin(colder.getAsDouble()) + " would hold it under 0.1 Pa"
										: "")
								+ hint, IssueCodes.NOT_CONDENSABLE, fixes);
					}
				}
				case UPPER_BOUND, UNKNOWN -> {
					if (!floor.atMost(HIGH_VACUUM)) {
						reportAtGas(pump, gas, false, "cannot tell whether " + name(pump) + " can pump " + gas.symbol() + " by condensation at "
								+ Show.kelvin(surface.temperature()) + ": " + floor.note(), IssueCodes.PROPERTY_RANGE, null);
					}
				}
			}
		}
	}

	@Check
	public void checkTemperatureOrder(Pump pump) {
		double tg = gasTemperature(pump);
		if (pump instanceof Cryopump cp) {
			OptionalDouble panel = SpecValues.positive(cp, Literals.CRYOPUMP__PANEL_TEMPERATURE);
			OptionalDouble baffle = SpecValues.positive(cp, Literals.CRYOPUMP__BAFFLE_TEMPERATURE);
			if (panel.isPresent() && baffle.isPresent() && baffle.getAsDouble() <= panel.getAsDouble()) {
				errorAt(cp, Literals.CRYOPUMP__BAFFLE_TEMPERATURE, "the baffle (first stage) of " + name(cp) + " at "
						+ Show.kelvin(baffle.getAsDouble()) + " is not warmer than its panel (second stage) at "
						+ Show.kelvin(panel.getAsDouble()) + ": the baffle shields the panel from radiation and takes the water,"
						+ " so it runs warmer than the panel", IssueCodes.TEMPERATURE_ORDER, null);
				return;
			}
			for (var f : List.of(Literals.CRYOPUMP__BAFFLE_TEMPERATURE, Literals.CRYOPUMP__PANEL_TEMPERATURE)) {
				OptionalDouble t = SpecValues.positive(cp, f);
				if (t.isPresent() && t.getAsDouble() >= tg) {
					errorAt(cp, f, "the " + PropertyValidator.words(f).replace(" temperature", "") + " of " + name(cp) + " at "
							+ Show.kelvin(t.getAsDouble()) + " is not colder than the gas it pumps (" + Show.kelvin(tg)
							+ "): a cold surface must be colder than the gas", IssueCodes.TEMPERATURE_ORDER, null);
					return;
				}
			}
		} else if (pump instanceof ColdTrap trap) {
			OptionalDouble t = SpecValues.positive(trap, Literals.COLD_TRAP__TEMPERATURE);
			if (t.isPresent() && t.getAsDouble() >= tg) {
				errorAt(trap, Literals.COLD_TRAP__TEMPERATURE, "cold trap " + name(trap) + " at " + Show.kelvin(t.getAsDouble())
						+ " is not colder than the gas it should trap (" + Show.kelvin(tg) + ")", IssueCodes.TEMPERATURE_ORDER, null);
			}
		}
	}

	@Check
	public void checkFloor(Requirement requirement) {
		Metric metric = requirement.getMetric();
		boolean upperLimit = requirement.getComparison() == Comparison.LESS || requirement.getComparison() == Comparison.LESS_OR_EQUAL;
		if ((metric != Metric.PRESSURE && metric != Metric.PARTIAL_PRESSURE) || !upperLimit
				|| !(requirement.getSubject() instanceof Volume volume) || volume.eIsProxy()) {
			return; // a floor only bounds a pressure from below
		}
		OptionalDouble limit = SpecValues.si(requirement.getLimit());
		VacuumNetwork network = VacuumNetwork.of(requirement, getContext());
		if (limit.isEmpty() || network == null) {
			return;
		}
		List<PumpingSurfaces> surfaces = PumpingSurfaces.of(network.pumpsOf(volume));
		if (surfaces.isEmpty()) {
			return;
		}
		PumpingSurfaces coldest = surfaces.get(0);
		double tg = VacuumNetwork.gasTemperature(volume);
		double x = limit.getAsDouble();
		Map<Gas, CondensateFloor> held = new LinkedHashMap<>();
		if (metric == Metric.PARTIAL_PRESSURE) {
			Map<Gas, Double> gases = SpecValues.components(requirement.getGas());
			if (gases.size() != 1) {
				return;
			}
			Gas gas = gases.keySet().iterator().next();
			CondensateFloor floor = heldFloor(coldest, gas, tg);
			if (floor == null) {
				return;
			}
			if (floor.kind() != CondensateFloor.Kind.EXACT && !floor.atMost(x)) {
				warning("cannot tell whether " + coldest.describe() + " lets the partial pressure of " + gas.symbol()
						+ " fall below " + Show.pascal(x) + ": " + floor.note(), Literals.REQUIREMENT__LIMIT, IssueCodes.PROPERTY_RANGE);
				return;
			}
			held.put(gas, floor);
		} else {
			Set<Gas> present = EnumSet.noneOf(Gas.class);
			for (GasSource source : network.sourcesOf(volume)) {
				Object species = org.cryostudio.dsl.model.ComponentTypes.effective(source, Literals.GAS_SOURCE__GAS);
				if (species instanceof org.cryostudio.dsl.cryo.GasSpecies s) {
					present.addAll(SpecValues.components(s).keySet());
				}
			}
			for (Gas gas : present) {
				CondensateFloor floor = heldFloor(coldest, gas, tg);
				if (floor != null && floor.kind() == CondensateFloor.Kind.EXACT) {
					held.put(gas, floor);
				}
			}
		}
		double sum = held.values().stream().mapToDouble(CondensateFloor::value).sum();
		if (held.isEmpty() || !(sum > x)) {
			return;
		}
		Gas dominant = held.entrySet().stream().max((a, b) -> Double.compare(a.getValue().value(), b.getValue().value()))
				.orElseThrow().getKey();
		CondensateFloor top = held.get(dominant);
		OptionalDouble colder = CondensateFloor.temperatureFor(dominant, x * top.value() / sum, tg);
		String what = metric == Metric.PARTIAL_PRESSURE ? "the partial pressure of " + dominant.symbol() : "the pressure";
		StringBuilder message = new StringBuilder();
		message.append(what).append(" in ").append(name(volume)).append(" cannot fall below ").append(Show.pascal(x))
				.append(": the coldest pumping surface, ").append(coldest.describe()).append(", holds condensed ")
				.append(dominant.symbol()).append(" whose vapour pressure there sets a floor of ").append(Show.pascal(top.value()))
				.append(" (p_sat sqrt(Tg/Ts), Tg = ").append(Show.kelvin(tg)).append("; ").append(top.source()).append(")");
		if (held.size() > 1) {
			message.append("; all condensates together ").append(Show.pascal(sum));
		}
		PhysicsFixes fixes = new PhysicsFixes();
		if (colder.isPresent()) {
			message.append(". A surface at or below ").append(Show.kelvin(colder.getAsDouble())).append(" meets the requirement");
			if (coldest.pump().eResource() == requirement.eResource()) {
				String value = Show.literal(Show.roundDown(colder.getAsDouble(), 3)) + " K";
				fixes.add("Set the " + coldest.keywords() + " of " + name(coldest.pump()) + " to " + value,
						PhysicsFixes.setProperty(coldest.pump(), coldest.feature(), coldest.keywords(), value));
			}
		} else {
			message.append(". The vapour-pressure data do not reach the temperature that would meet it");
		}
		error(message.toString(), Literals.REQUIREMENT__LIMIT, IssueCodes.VAPOR_PRESSURE_FLOOR, fixes.data());
	}

	/**
	 * @return the floor of a gas the surface holds by condensation and can pump in high vacuum, or
	 *         null when the surface does not hold it (not meant for it, sorbed, or not condensable there)
	 */
	private static CondensateFloor heldFloor(PumpingSurfaces surface, Gas gas, double tg) {
		if (!surface.meantFor(gas) || !surface.condenses(gas)) {
			return null;
		}
		CondensateFloor floor = CondensateFloor.of(gas, surface.temperature(), tg);
		if (floor.kind() == CondensateFloor.Kind.NO_CONDENSATE || floor.kind() == CondensateFloor.Kind.EXACT && floor.value() > HIGH_VACUUM) {
			return null; // not held at all: the not-condensable rule speaks for that
		}
		return floor;
	}

	private void reportAtGas(Pump pump, Gas gas, boolean isError, String message, String code, PhysicsFixes fixes) {
		for (EStructuralFeature table : tables(pump)) {
			GasValue entry = SpecValues.entry(pump, table, gas);
			if (entry != null && entry.eContainer() == pump) {
				String[] data = fixes == null ? new String[0] : fixes.data();
				if (isError) {
					error(message, entry, Literals.GAS_VALUE__GAS, code, data);
				} else {
					warning(message, entry, Literals.GAS_VALUE__GAS, code, data);
				}
				return;
			}
		}
		PumpingSurfaces s = PumpingSurfaces.of(pump);
		if (isError) {
			errorAt(pump, s.feature(), message, code, fixes);
		} else {
			warningAt(pump, s.feature(), message, code, fixes);
		}
	}

	private static List<EStructuralFeature> tables(Pump pump) {
		List<EStructuralFeature> out = new ArrayList<>();
		if (pump instanceof Cryopump) {
			out.add(Literals.CRYOPUMP__SPEEDS);
			out.add(Literals.CRYOPUMP__CAPACITIES);
			out.add(Literals.CRYOPUMP__CAPTURES);
		} else if (pump instanceof ColdTrap) {
			out.add(Literals.COLD_TRAP__CAPTURES);
		}
		return out;
	}

	private double gasTemperature(EObject pump) {
		VacuumNetwork network = VacuumNetwork.of(pump, getContext());
		if (network != null && pump instanceof Pump p) {
			List<Volume> volumes = network.volumesOf(p);
			if (!volumes.isEmpty()) {
				return VacuumNetwork.gasTemperature(volumes.get(0));
			}
		}
		return VacuumNetwork.ROOM_TEMPERATURE;
	}
}
