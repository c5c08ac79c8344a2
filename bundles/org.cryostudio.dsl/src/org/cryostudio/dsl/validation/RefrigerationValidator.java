package org.cryostudio.dsl.validation;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalDouble;

import org.cryostudio.dsl.cryo.Component;
import org.cryostudio.dsl.cryo.CoolingRef;
import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.Cryocooler;
import org.cryostudio.dsl.cryo.DilutionRefrigerator;
import org.cryostudio.dsl.cryo.LoadMapRow;
import org.cryostudio.dsl.cryo.LoadPoint;
import org.cryostudio.dsl.cryo.Refrigerator;
import org.cryostudio.dsl.model.ComponentTypes;
import org.cryostudio.physics.refrigeration.Carnot;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Check;

/**
 * Cold sources against the second law ({@link Carnot}): the cooling a cryocooler or refrigerator
 * claims at its capacity points, lifted to its rejection temperature, needs at least the Carnot
 * input power; claiming it for less, or a fraction of Carnot above 1, is carnot-exceeded. Each
 * capacity list (a cryocooler's stages, a plant's temperature levels) and each load-map row is one
 * simultaneous operating point. Capacity temperatures must lie below the rejection temperature and,
 * for a two-stage cooler, the second stage below the first (temperature-order). A dilution
 * refrigerator may not claim more than its 3He circulation gives with a perfect heat exchanger.
 */
public class RefrigerationValidator extends PhysicsCheck {

	/** Heat-rejection temperature assumed when a cold source does not state one, K. */
	static final double DEFAULT_REJECTION = 300.0;

	@Check
	public void checkCryocooler(Cryocooler cooler) {
		check(cooler, Literals.CRYOCOOLER__CAPACITY, Literals.CRYOCOOLER__INPUT_POWER, Literals.CRYOCOOLER__CARNOT_FRACTION,
				Literals.CRYOCOOLER__REJECTION_TEMPERATURE, ratingsArePerStage(cooler));
	}

	/**
	 * A cooler's "capacity A at T1, B at T2" is one rating per stage, warm to cold, as data sheets of
	 * two-stage coolers give it — except when the spec holds exactly one stage with the cooler and
	 * names no stage number: then, as the solvers read it, the points are that stage's capacity curve.
	 */
	static boolean ratingsArePerStage(Cryocooler cooler) {
		Resource resource = cooler.eResource();
		if (resource == null) {
			return true;
		}
		int users = 0;
		for (Iterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			if (it.next() instanceof CoolingRef ref && ref.getSource() == cooler) {
				if (ref.getStage() > 1) {
					return true;
				}
				users++;
			}
		}
		return users != 1;
	}

	@Check
	public void checkRefrigerator(Refrigerator plant) {
		check(plant, Literals.REFRIGERATOR__CAPACITY, Literals.REFRIGERATOR__INPUT_POWER,
				Literals.REFRIGERATOR__CARNOT_FRACTION, Literals.REFRIGERATOR__REJECTION_TEMPERATURE, false);
	}

	private void check(Component source, EStructuralFeature capacityFeature, EStructuralFeature powerFeature,
			EStructuralFeature fractionFeature, EStructuralFeature rejectionFeature, boolean stages) {
		OptionalDouble fraction = SpecValues.si(source, fractionFeature);
		if (fraction.isPresent() && fraction.getAsDouble() > 1) {
			errorAt(source, fractionFeature, name(source) + " claims " + Show.percent(fraction.getAsDouble())
					+ " of Carnot: no refrigerator beats the Carnot cycle (fraction at most 1; large helium plants reach 0.2-0.3,"
					+ " small 4 K cryocoolers 0.01-0.02, Flynn ch. 6)", IssueCodes.CARNOT_EXCEEDED, null);
		}
		OptionalDouble given = SpecValues.positive(source, rejectionFeature);
		double hot = given.orElse(DEFAULT_REJECTION);
		String hotText = Show.kelvin(hot) + (given.isPresent() ? "" : " (assumed: no rejection temperature given)");
		List<List<LoadPoint>> operatingPoints = new ArrayList<>();
		Object capacity = ComponentTypes.effective(source, capacityFeature);
		if (capacity instanceof List<?> list && !list.isEmpty()) {
			if (source instanceof Cryocooler && !stages) {
				for (LoadPoint p : points(list)) {
					operatingPoints.add(List.of(p)); // points of one stage's capacity curve: each on its own
				}
			} else {
				operatingPoints.add(points(list));
			}
		}
		if (source instanceof Cryocooler cooler) {
			Object map = ComponentTypes.effective(cooler, Literals.CRYOCOOLER__LOAD_MAP);
			if (map instanceof List<?> rows) {
				for (Object row : rows) {
					operatingPoints.add(points(((LoadMapRow) row).getPoints()));
				}
			}
		}
		OptionalDouble power = SpecValues.positive(source, powerFeature);
		for (List<LoadPoint> point : operatingPoints) {
			if (!checkOrder(source, point, hot, hotText, stages)) {
				continue;
			}
			if (power.isPresent()) {
				checkCarnot(source, powerFeature, point, power.getAsDouble(), hot, hotText);
			}
		}
	}

	/** @return true when the temperatures of the operating point allow a Carnot comparison */
	private boolean checkOrder(Component source, List<LoadPoint> point, double hot, String hotText, boolean stages) {
		double previous = Double.POSITIVE_INFINITY;
		for (LoadPoint p : point) {
			OptionalDouble t = SpecValues.positive(p, Literals.LOAD_POINT__TEMPERATURE);
			if (t.isEmpty()) {
				return false;
			}
			if (t.getAsDouble() >= hot) {
				error(name(source) + " lifts heat at " + Show.kelvin(t.getAsDouble()) + ", not below its rejection temperature "
						+ hotText + ": a refrigerator's cold end is below its warm end", p, Literals.LOAD_POINT__TEMPERATURE,
						IssueCodes.TEMPERATURE_ORDER);
				return false;
			}
			if (stages && t.getAsDouble() >= previous) {
				error("stage " + (point.indexOf(p) + 1) + " of " + name(source) + " at " + Show.kelvin(t.getAsDouble())
						+ " is not colder than stage " + point.indexOf(p) + " at " + Show.kelvin(previous)
						+ ": list the stages from the warm one to the cold one, each colder than the one before",
						p, Literals.LOAD_POINT__TEMPERATURE, IssueCodes.TEMPERATURE_ORDER);
				return false;
			}
			previous = t.getAsDouble();
		}
		return true;
	}

	private void checkCarnot(Component source, EStructuralFeature powerFeature, List<LoadPoint> point, double power, double hot,
			String hotText) {
		double carnotPower = 0;
		StringBuilder lifts = new StringBuilder();
		for (LoadPoint p : point) {
			OptionalDouble q = SpecValues.si(p, Literals.LOAD_POINT__POWER);
			double cold = SpecValues.positive(p, Literals.LOAD_POINT__TEMPERATURE).getAsDouble();
			if (q.isEmpty()) {
				return;
			}
			carnotPower += Carnot.inputPower(q.getAsDouble(), cold, hot, 1.0);
			lifts.append(lifts.isEmpty() ? "" : " and ").append(Show.watt(q.getAsDouble())).append(" at ").append(Show.kelvin(cold));
		}
		if (carnotPower <= power) {
			return;
		}
		String message = name(source) + " claims " + lifts + " for " + Show.watt(power) + " of input power, but lifting that to "
				+ hotText + " needs at least " + Show.watt(carnotPower) + " (Carnot, COP = Tc/(Th - Tc)): "
				+ Show.percent(carnotPower / power) + " of Carnot, more than 100 %";
		if (SpecValues.isLocal(source, powerFeature) || point.isEmpty()) {
			errorAt(source, powerFeature, message, IssueCodes.CARNOT_EXCEEDED, null);
		} else {
			error(message, point.get(0), Literals.LOAD_POINT__POWER, IssueCodes.CARNOT_EXCEEDED);
		}
	}

	@Check
	public void checkDilution(DilutionRefrigerator fridge) {
		OptionalDouble flow = SpecValues.positive(fridge, Literals.DILUTION_REFRIGERATOR__FLOW);
		Object capacity = ComponentTypes.effective(fridge, Literals.DILUTION_REFRIGERATOR__CAPACITY);
		if (flow.isEmpty() || !(capacity instanceof List<?> list)) {
			return;
		}
		for (LoadPoint p : points(list)) {
			OptionalDouble q = SpecValues.si(p, Literals.LOAD_POINT__POWER);
			OptionalDouble t = SpecValues.positive(p, Literals.LOAD_POINT__TEMPERATURE);
			if (q.isEmpty() || t.isEmpty()) {
				continue;
			}
			// the ideal limit: a perfect heat exchanger (inlet at the mixing-chamber temperature)
			double ideal = org.cryostudio.physics.refrigeration.DilutionRefrigerator.coolingPower(flow.getAsDouble(),
					t.getAsDouble(), t.getAsDouble());
			if (q.getAsDouble() > ideal) {
				String validity = t.getAsDouble() > org.cryostudio.physics.refrigeration.DilutionRefrigerator.VALIDITY_LIMIT
						? " (above " + Show.kelvin(org.cryostudio.physics.refrigeration.DilutionRefrigerator.VALIDITY_LIMIT)
								+ " the Fermi-liquid expression is an estimate)"
						: "";
				error(name(fridge) + " claims " + Show.watt(q.getAsDouble()) + " at " + Show.kelvin(t.getAsDouble())
						+ ", more than its 3He circulation of " + Show.si(flow.getAsDouble(), "mol/s")
						+ " can give even with a perfect heat exchanger: 84 n T^2 = " + Show.watt(ideal) + " (Pobell, sec. 7.3)"
						+ validity, p, Literals.LOAD_POINT__POWER, IssueCodes.CARNOT_EXCEEDED);
			}
		}
	}

	private static List<LoadPoint> points(List<?> list) {
		List<LoadPoint> out = new ArrayList<>();
		for (Object o : list) {
			out.add((LoadPoint) o);
		}
		return out;
	}
}
