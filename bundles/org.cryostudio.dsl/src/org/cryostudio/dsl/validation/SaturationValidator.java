package org.cryostudio.dsl.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.CryoSystem;
import org.cryostudio.dsl.cryo.Cryopump;
import org.cryostudio.dsl.cryo.Element;
import org.cryostudio.dsl.cryo.GasFlow;
import org.cryostudio.dsl.cryo.GasSource;
import org.cryostudio.dsl.cryo.GasValue;
import org.cryostudio.dsl.cryo.GetterPump;
import org.cryostudio.dsl.cryo.HoldStep;
import org.cryostudio.dsl.cryo.Metric;
import org.cryostudio.dsl.cryo.ProcessStep;
import org.cryostudio.dsl.cryo.Pump;
import org.cryostudio.dsl.cryo.PumpStep;
import org.cryostudio.dsl.cryo.RegenerateStep;
import org.cryostudio.dsl.cryo.Requirement;
import org.cryostudio.dsl.cryo.Scenario;
import org.cryostudio.dsl.cryo.Step;
import org.cryostudio.dsl.cryo.Volume;
import org.cryostudio.physics.fluids.Gas;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/**
 * Capacities of capture pumps (cryopumps, getters) against the gas they take in the scenarios
 * (cryopump-saturation). The gas of each species entering the pump's volume ({@link GasLoads})
 * divides among the pumps working on it in proportion to their speeds for that species
 * ({@link MolecularSpeeds}); the pump's share accumulates step by step (pump, run and hold steps
 * with a duration; a regenerate step empties it) until it exceeds the capacity. A
 * {@code regeneration(pump)} requirement is checked against the time to saturation at the average
 * load of its scenario.
 */
public class SaturationValidator extends PhysicsCheck {

	/** The pump's share of a species' load in one step. */
	private record Share(double amount, double duration) {
	}

	/** The first saturation of a pump with a gas in a scenario. */
	private record Saturation(Gas gas, double capacity, Scenario scenario, double time, double amountPerScenario,
			double scenarioDuration) {
	}

	@Check
	public void checkCapacity(Pump pump) {
		if (!(pump instanceof Cryopump || pump instanceof GetterPump) || !(pump.eContainer() instanceof CryoSystem system)) {
			return;
		}
		VacuumNetwork network = VacuumNetwork.of(pump, getContext());
		List<Volume> volumes = network.volumesOf(pump);
		if (volumes.isEmpty()) {
			return;
		}
		Volume volume = volumes.get(0);
		for (Map.Entry<Gas, Double> capacity : capacities(pump).entrySet()) {
			for (Element member : system.getMembers()) {
				if (member instanceof Scenario scenario) {
					Saturation s = simulate(scenario, pump, volume, capacity.getKey(), capacity.getValue(), network);
					if (s != null && s.time() >= 0) {
						report(pump, s);
						break;
					}
				}
			}
		}
	}

	@Check
	public void checkRegenerationInterval(Requirement requirement) {
		if (requirement.getMetric() != Metric.REGENERATION || !(requirement.getSubject() instanceof Pump pump) || pump.eIsProxy()
				|| !(requirement.eContainer() instanceof CryoSystem system)) {
			return;
		}
		OptionalDouble interval = SpecValues.si(requirement.getLimit());
		VacuumNetwork network = VacuumNetwork.of(requirement, getContext());
		List<Volume> volumes = network.volumesOf(pump);
		if (interval.isEmpty() || volumes.isEmpty()) {
			return;
		}
		List<Scenario> scenarios = new ArrayList<>();
		if (requirement.getScenario() != null && !requirement.getScenario().eIsProxy()) {
			scenarios.add(requirement.getScenario());
		} else {
			for (Element member : system.getMembers()) {
				if (member instanceof Scenario s) {
					scenarios.add(s);
				}
			}
		}
		for (Map.Entry<Gas, Double> capacity : capacities(pump).entrySet()) {
			for (Scenario scenario : scenarios) {
				Saturation s = simulate(scenario, pump, volumes.get(0), capacity.getKey(), capacity.getValue(), network);
				if (s == null || !(s.amountPerScenario() > 0) || !(s.scenarioDuration() > 0)) {
					continue;
				}
				double tSat = s.time() >= 0 ? s.time() : capacity.getValue() / (s.amountPerScenario() / s.scenarioDuration());
				if (tSat < interval.getAsDouble()) {
					error(name(pump) + " saturates with " + capacity.getKey().symbol() + " after " + time(tSat) + " of scenario "
							+ scenario.getName() + " (capacity " + Show.si(capacity.getValue(), "Pa*m3") + ", taking "
							+ Show.si(s.amountPerScenario(), "Pa*m3") + " per " + time(s.scenarioDuration()) + " run of it), sooner than the required "
							+ "regeneration interval of " + time(interval.getAsDouble()), Literals.REQUIREMENT__LIMIT,
							IssueCodes.CRYOPUMP_SATURATION);
					return;
				}
			}
		}
	}

	/**
	 * Runs the scenario for one pump and gas.
	 *
	 * @return null when the pump takes none of the gas in it; time &lt; 0 when it does not saturate
	 */
	private static Saturation simulate(Scenario scenario, Pump pump, Volume volume, Gas gas, double capacity, VacuumNetwork network) {
		double tg = VacuumNetwork.gasTemperature(volume);
		List<Pump> all = network.pumpsOf(volume);
		double amount = 0;
		double pumpingTime = 0;
		double sinceRegeneration = 0;
		double total = 0;
		double duration = 0;
		for (Step step : scenario.getSteps()) {
			OptionalDouble d = duration(step);
			if (step instanceof RegenerateStep r && r.getPumps().contains(pump)) {
				amount = 0;
				sinceRegeneration = 0;
				duration += d.orElse(0);
				continue;
			}
			if (d.isEmpty()) {
				continue;
			}
			double dt = d.getAsDouble();
			Set<Pump> active = new HashSet<>(all);
			double load = 0;
			if (step instanceof PumpStep ps) {
				if (ps.getVolume() != volume) {
					continue;
				}
				active.retainAll(ps.getPumps());
				load = steady(network, volume, gas, pumpingTime, pumpingTime + dt);
			} else if (step instanceof ProcessStep run) {
				load = steady(network, volume, gas, pumpingTime, pumpingTime + dt);
				for (GasFlow flow : run.getFlows()) {
					if (flow != null && flow.getVolume() == volume) {
						load += GasLoads.process(flow, gas, dt);
					}
				}
			} else if (step instanceof HoldStep) {
				load = steady(network, volume, gas, pumpingTime, pumpingTime + dt);
			} else if (step instanceof RegenerateStep r) {
				active.removeAll(r.getPumps());
				load = steady(network, volume, gas, pumpingTime, pumpingTime + dt);
			} else {
				continue;
			}
			pumpingTime += dt;
			duration += dt;
			if (!active.contains(pump)) {
				continue;
			}
			double share = share(pump, active, gas, tg);
			if (!(share > 0) || !(load > 0)) {
				sinceRegeneration += dt;
				continue;
			}
			double taken = share * load;
			total += taken;
			if (amount + taken > capacity) {
				double crossing = dt * (capacity - amount) / taken;
				return new Saturation(gas, capacity, scenario, sinceRegeneration + crossing, total, duration);
			}
			amount += taken;
			sinceRegeneration += dt;
		}
		return total > 0 ? new Saturation(gas, capacity, scenario, -1, total, duration) : null;
	}

	private static double steady(VacuumNetwork network, Volume volume, Gas gas, double from, double to) {
		double sum = 0;
		for (GasSource source : network.sourcesOf(volume)) {
			sum += GasLoads.steady(source, volume, gas, from, to);
		}
		return sum;
	}

	/** @return the pump's share of the gas among the active pumps, by speed; 0 when its speed is unknown */
	private static double share(Pump pump, Set<Pump> active, Gas gas, double tg) {
		Double own = MolecularSpeeds.of(pump, tg).get(gas);
		if (own == null || !(own > 0)) {
			return 0;
		}
		double sum = 0;
		for (Pump p : active) {
			Double s = p instanceof org.cryostudio.dsl.cryo.RoughingPump ? null : MolecularSpeeds.of(p, tg).get(gas);
			sum += s == null ? 0 : s;
		}
		return own / sum;
	}

	private static OptionalDouble duration(Step step) {
		EStructuralFeature f = switch (step) {
			case PumpStep s -> Literals.PUMP_STEP__DURATION;
			case ProcessStep s -> Literals.PROCESS_STEP__DURATION;
			case HoldStep s -> Literals.HOLD_STEP__DURATION;
			case RegenerateStep s -> Literals.REGENERATE_STEP__DURATION;
			default -> null;
		};
		return f == null ? OptionalDouble.empty() : SpecValues.positive(step, f);
	}

	private static Map<Gas, Double> capacities(Pump pump) {
		return pump instanceof Cryopump cp ? SpecValues.perGas(cp, Literals.CRYOPUMP__CAPACITIES)
				: SpecValues.perGas((GetterPump) pump, Literals.GETTER_PUMP__CAPACITIES);
	}

	private void report(Pump pump, Saturation s) {
		EStructuralFeature table = pump instanceof Cryopump ? Literals.CRYOPUMP__CAPACITIES : Literals.GETTER_PUMP__CAPACITIES;
		double perSecond = s.amountPerScenario() / s.scenarioDuration();
		String message = name(pump) + " saturates with " + s.gas().symbol() + " after " + time(s.time()) + " of scenario "
				+ s.scenario().getName() + ": its share of the " + s.gas().symbol() + " load (" + Show.si(perSecond, "Pa*m3/s")
				+ " on average) fills its capacity of " + Show.si(s.capacity(), "Pa*m3") + "; regenerate it at least every "
				+ time(s.time()) + " of this load, or give it more capacity";
		GasValue entry = SpecValues.entry(pump, table, s.gas());
		if (entry != null && entry.eContainer() == pump) {
			error(message, entry, Literals.GAS_VALUE__VALUE, IssueCodes.CRYOPUMP_SATURATION);
		} else {
			error(message, pump, Literals.ELEMENT__NAME, IssueCodes.CRYOPUMP_SATURATION);
		}
	}

	/** @return a duration in s, min, h or d, three significant digits */
	static String time(double seconds) {
		if (seconds < 120) {
			return Show.si(seconds, "s");
		}
		if (seconds < 7200) {
			return Show.si(seconds / 60, "min");
		}
		if (seconds < 172800) {
			return Show.si(seconds / 3600, "h");
		}
		return Show.si(seconds / 86400, "d");
	}
}
