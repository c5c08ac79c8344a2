package org.cryostudio.analysis.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cryostudio.analysis.vacuum.Bakeout;
import org.cryostudio.analysis.vacuum.Schedule;
import org.cryostudio.analysis.vacuum.Trigger;
import org.cryostudio.dsl.cryo.BakeStep;
import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.GasFlow;
import org.cryostudio.dsl.cryo.HoldStep;
import org.cryostudio.dsl.cryo.ProcessStep;
import org.cryostudio.dsl.cryo.Pump;
import org.cryostudio.dsl.cryo.PumpStep;
import org.cryostudio.dsl.cryo.RegenerateStep;
import org.cryostudio.dsl.cryo.RoughStep;
import org.cryostudio.dsl.cryo.Scenario;
import org.cryostudio.dsl.cryo.Step;
import org.cryostudio.dsl.cryo.Volume;

/**
 * Turns the steps of a pump-down scenario into the schedules of the vacuum network. Steps follow
 * each other: a step with {@code for d} lasts d, a step with {@code until p} lasts until the total
 * pressure of its volume first falls below p (an event the transient solver locates exactly: the
 * roughing pumps stop and the pumps of the next step start there), a step with neither starts its
 * pumps and lets the next step begin at once. Pumps keep running once started unless a later
 * {@code regenerate} step takes them off. Bakes and process flows need an absolute start; after an
 * event-ended step, it is the textbook roughing time t = V/S ln(p0/p) of that step (conductances
 * neglected), and a note says so. A bake is done under vacuum: it runs from where it stands while
 * the pumps of the following step pump, so it does not delay them.
 */
final class PumpdownTimeline {

	/** A time window of a process flow, s. */
	record Window(double start, double end) {
	}

	private final Map<Pump, Trigger> starts = new LinkedHashMap<>();
	private final Map<Pump, Trigger> stops = new HashMap<>();
	private final List<BakeRequest> bakes = new ArrayList<>();
	private final Map<GasFlow, Window> flows = new LinkedHashMap<>();
	private final List<String> notes = new ArrayList<>();
	private double end;

	/** A bake of one volume at an absolute time (the volume's name is resolved by the builder). */
	record BakeRequest(Volume volume, double temperature, double start, double duration) {
		Bakeout toBakeout(String volumeName) {
			return new Bakeout(volumeName, temperature, start, duration);
		}
	}

	/**
	 * @param scenario       the pump-down scenario
	 * @param roughingTime   estimates the length of an event-ended step, s
	 */
	PumpdownTimeline(Scenario scenario, RoughingEstimate roughingTime) {
		Trigger start = Trigger.START;
		double clock = 0;
		for (Step step : scenario.getSteps()) {
			switch (step) {
				case RoughStep r -> {
					for (Pump p : r.getPumps()) {
						starts.putIfAbsent(p, start);
					}
					if (r.getPressure() != null) {
						double p = SpecValues.si(r.getPressure());
						Trigger below = new Trigger.WhenBelow(SpecValues.name(r.getVolume()), p);
						for (Pump pump : r.getPumps()) {
							stops.putIfAbsent(pump, below);
						}
						double estimate = roughingTime.seconds(r, p);
						clock += estimate;
						notes.add(String.format(Locale.ROOT,
								"scenario %s: steps after 'rough %s until %s Pa' are timed from its estimated end, %.3g s (V/S ln(p0/p))",
								scenario.getName(), SpecValues.name(r.getVolume()), fmt(p), estimate));
						start = below;
					}
				}
				case PumpStep s -> {
					for (Pump p : s.getPumps()) {
						starts.putIfAbsent(p, start);
					}
					if (s.getDuration() != null) {
						clock += SpecValues.si(s.getDuration());
						start = new Trigger.AtTime(clock);
					} else if (s.getPressure() != null) {
						double p = SpecValues.si(s.getPressure());
						start = new Trigger.WhenBelow(SpecValues.name(s.getVolume()), p);
						notes.add("scenario " + scenario.getName() + ": 'pump " + SpecValues.name(s.getVolume()) + " until "
								+ fmt(p) + " Pa' gives the time to reach that pressure; later steps start there");
					}
				}
				case BakeStep b -> {
					double d = b.getDuration() == null ? 0 : SpecValues.si(b.getDuration());
					if (d > 0) {
						double t = SpecValues.si(b.getTemperature());
						for (Volume v : b.getVolumes()) {
							bakes.add(new BakeRequest(v, t, clock, d));
						}
						end = Math.max(end, clock + d);
					} else {
						notes.add("scenario " + scenario.getName() + ": a bake without a duration is ignored");
					}
				}
				case ProcessStep ps -> {
					double d = ps.getDuration() == null ? 0 : SpecValues.si(ps.getDuration());
					for (GasFlow f : ps.getFlows()) {
						double own = SpecValues.orElse(f, Literals.GAS_FLOW__DURATION, d);
						if (own > 0) {
							flows.put(f, new Window(clock, clock + own));
						}
					}
					clock += d;
					start = new Trigger.AtTime(clock);
				}
				case RegenerateStep rs -> {
					for (Pump p : rs.getPumps()) {
						stops.putIfAbsent(p, start);
						notes.add("scenario " + scenario.getName() + ": " + SpecValues.name(p)
								+ " stops pumping for its regeneration (the regeneration itself is the cryopump study's)");
					}
					clock += rs.getDuration() == null ? 0 : SpecValues.si(rs.getDuration());
					start = new Trigger.AtTime(clock);
				}
				case HoldStep h -> {
					clock += h.getDuration() == null ? 0 : SpecValues.si(h.getDuration());
					start = new Trigger.AtTime(clock);
				}
				default -> notes.add("scenario " + scenario.getName() + ": step '" + step.eClass().getName()
						+ "' has no part in a pump-down and is ignored there");
			}
		}
		end = Math.max(end, clock);
	}

	/** Estimates how long an event-ended roughing step takes. */
	interface RoughingEstimate {
		double seconds(RoughStep step, double untilPressure);
	}

	/** @return the schedule of a pump (never started when the scenario does not name it) */
	Schedule schedule(Pump pump) {
		Trigger on = starts.get(pump);
		if (on == null) {
			return new Schedule(Trigger.NEVER, Trigger.NEVER);
		}
		return new Schedule(on, stops.getOrDefault(pump, Trigger.NEVER));
	}

	/** @return true when the scenario names the pump */
	boolean names(Pump pump) {
		return starts.containsKey(pump);
	}

	List<BakeRequest> bakes() {
		return bakes;
	}

	Map<GasFlow, Window> flows() {
		return flows;
	}

	List<String> notes() {
		return notes;
	}

	/** @return the end of the last timed step, s (0 when no step has a time) */
	double end() {
		return end;
	}

	private static String fmt(double v) {
		return String.format(Locale.ROOT, "%.3g", v);
	}
}
