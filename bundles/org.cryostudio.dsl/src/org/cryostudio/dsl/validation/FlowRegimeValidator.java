package org.cryostudio.dsl.validation;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.cryostudio.dsl.cryo.Baffle;
import org.cryostudio.dsl.cryo.Conductance;
import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.GasConduction;
import org.cryostudio.dsl.cryo.GasSpecies;
import org.cryostudio.dsl.cryo.Junction;
import org.cryostudio.dsl.cryo.Pump;
import org.cryostudio.dsl.cryo.PumpStep;
import org.cryostudio.dsl.cryo.Quantity;
import org.cryostudio.dsl.cryo.RoughStep;
import org.cryostudio.dsl.cryo.Valve;
import org.cryostudio.dsl.cryo.VacuumNode;
import org.cryostudio.dsl.cryo.Volume;
import org.cryostudio.dsl.model.ComponentTypes;
import org.cryostudio.dsl.model.LibraryLinks;
import org.cryostudio.physics.PhysicalConstants;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.kinetic.FlowRegime;
import org.cryostudio.physics.kinetic.GasKinetics;
import org.cryostudio.physics.kinetic.GasViscosity;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/**
 * The flow regime follows from the Knudsen number Kn = lambda / D at the operating pressure
 * ({@link FlowRegime}, {@link GasKinetics}), and values that presume molecular flow are wrong
 * where it does not hold (knudsen-regime):
 * <ul>
 * <li>a pumping speed of a molecular-flow pump (turbo, cryo, ion, getter, cold trap) used in a
 * roughing step, which starts at atmospheric pressure, or in a step ending at a pressure where Kn
 * at its inlet is below 0.01 (viscous) for every gas it pumps; the inlet is at least as wide as the
 * speed needs (A &gt;= S/(v/4)), so the finding does not depend on an unknown flange;</li>
 * <li>a fixed transmission (valve, baffle) on the way from a volume to the pump of such a step;</li>
 * <li>an insulating vacuum whose Kn at the gap is below 1: gas conduction is no longer free-molecular
 * nor negligible (a warning with the heat the gas carries at the edge of the free-molecular range).</li>
 * </ul>
 */
public class FlowRegimeValidator extends PhysicsCheck {

	@Check
	public void checkInsulatingVacuum(GasConduction link) {
		Object species = ComponentTypes.effective(link, Literals.GAS_CONDUCTION__GAS);
		Gas gas = species instanceof GasSpecies s ? LibraryLinks.gas(s).orElse(null) : null;
		OptionalDouble p = SpecValues.positive(link, Literals.GAS_CONDUCTION__PRESSURE);
		OptionalDouble gap = SpecValues.positive(link, Literals.GAS_CONDUCTION__GAP);
		if (gas == null || !GasViscosity.has(gas) || p.isEmpty() || gap.isEmpty()) {
			return;
		}
		OptionalDouble t1 = StageHeatFlows.temperature(link.getFirst());
		OptionalDouble t2 = StageHeatFlows.temperature(link.getSecond());
		double warm = t1.isPresent() && t2.isPresent() ? Math.max(t1.getAsDouble(), t2.getAsDouble())
				: VacuumNetwork.ROOM_TEMPERATURE;
		GasKinetics kinetics = GasKinetics.of(gas);
		double lambda = kinetics.meanFreePathValue(p.getAsDouble(), warm);
		double kn = FlowRegime.knudsenNumber(lambda, gap.getAsDouble());
		if (kn >= 1) {
			return;
		}
		Quantity written = SpecValues.quantity(link, Literals.GAS_CONDUCTION__PRESSURE);
		// lambda ~ 1/p: Kn reaches 1 at p kn
		double edge = p.getAsDouble() * kn;
		StringBuilder message = new StringBuilder();
		message.append("at ").append(Show.like(p.getAsDouble(), written, "Pa")).append(" the mean free path of ").append(gas.symbol())
				.append(" (").append(Show.si(lambda * 1e3, "mm")).append(" at ").append(Show.kelvin(warm)).append(") is shorter than the ")
				.append(Show.si(gap.getAsDouble() * 1e3, "mm")).append(" gap: Kn = ").append(Show.number(kn))
				.append(" < 1, so gas conduction through ").append(name(link))
				.append(" is not free-molecular and not negligible; the free-molecular model holds up to ")
				.append(Show.pascal(edge));
		OptionalDouble area = SpecValues.positive(link, Literals.GAS_CONDUCTION__AREA);
		OptionalDouble accommodation = SpecValues.positive(link, Literals.GAS_CONDUCTION__ACCOMMODATION);
		if (t1.isPresent() && t2.isPresent() && area.isPresent() && accommodation.isPresent() && warm > Math.min(t1.getAsDouble(), t2.getAsDouble())) {
			try {
				double q = StageHeatFlows.freeMolecular(gas, edge, warm, Math.min(t1.getAsDouble(), t2.getAsDouble()),
						accommodation.getAsDouble()) * area.getAsDouble();
				message.append(", where the gas already carries ").append(Show.watt(q))
						.append(" (Corruccini); at the stated pressure it carries more, towards the continuum value");
			} catch (IllegalStateException e) {
				// no heat capacities: leave the heat load out
			}
		}
		message.append(". Pump the insulating vacuum below ").append(Show.pascal(edge)).append(" or widen the gap.");
		warningAt(link, Literals.GAS_CONDUCTION__PRESSURE, message.toString(), IssueCodes.KNUDSEN_REGIME, null);
	}

	@Check
	public void checkRoughing(RoughStep step) {
		Volume volume = step.getVolume();
		double tg = VacuumNetwork.gasTemperature(volume);
		for (int i = 0; i < step.getPumps().size(); i++) {
			Pump pump = step.getPumps().get(i);
			if (pump == null || pump.eIsProxy() || !MolecularSpeeds.isMolecular(pump)) {
				continue;
			}
			Inlet inlet = inlet(pump, tg, PhysicalConstants.STANDARD_ATMOSPHERE);
			String kn = inlet == null ? "" : " (Kn = " + Show.number(inlet.kn()) + " at the " + Show.si(inlet.diameter() * 1e3, "mm")
					+ " inlet its speed needs)";
			error(name(pump) + " is a molecular-flow pump, but roughing starts at atmospheric pressure ("
					+ Show.pascal(PhysicalConstants.STANDARD_ATMOSPHERE) + "), where the flow is viscous" + kn
					+ ": its speed does not hold there; rough with a roughing pump to its crossover pressure first",
					step, Literals.ROUGH_STEP__PUMPS, i, IssueCodes.KNUDSEN_REGIME);
		}
		if (step.getPressure() != null) {
			checkEndOfStep(step, volume, step.getPumps(), SpecValues.si(step.getPressure()), Literals.ROUGH_STEP__PUMPS, false);
		}
	}

	@Check
	public void checkPumping(PumpStep step) {
		if (step.getPressure() != null) {
			checkEndOfStep(step, step.getVolume(), step.getPumps(), SpecValues.si(step.getPressure()), Literals.PUMP_STEP__PUMPS, true);
		}
	}

	/** Pumps and fixed transmissions working only above the end pressure of a step never see molecular flow in it. */
	private void checkEndOfStep(EObject step, Volume volume, List<Pump> pumps, OptionalDouble end, EStructuralFeature pumpsFeature,
			boolean checkPumps) {
		if (end.isEmpty() || !(end.getAsDouble() > 0) || volume == null || volume.eIsProxy()) {
			return;
		}
		double p = end.getAsDouble();
		double tg = VacuumNetwork.gasTemperature(volume);
		VacuumNetwork network = VacuumNetwork.of(step, getContext());
		for (int i = 0; i < pumps.size(); i++) {
			Pump pump = pumps.get(i);
			if (pump == null || pump.eIsProxy()) {
				continue;
			}
			if (checkPumps && MolecularSpeeds.isMolecular(pump)) {
				Inlet inlet = inlet(pump, tg, p);
				if (inlet != null && inlet.kn() < FlowRegime.VISCOUS_LIMIT) {
					warning("this step ends at " + Show.pascal(p) + ", where the flow into " + name(pump) + " is still viscous: Kn = "
							+ Show.number(inlet.kn()) + " < " + FlowRegime.VISCOUS_LIMIT + " for " + inlet.gas().symbol()
							+ " (the longest mean free path of the gases it lists, " + Show.si(inlet.lambda() * 1e3, "mm")
							+ ") at the " + Show.si(inlet.diameter() * 1e3, "mm") + " inlet its speed needs at least; its speed is a"
							+ " molecular-flow rating and never applies in this step. End the step below "
							+ Show.pascal(p * inlet.kn() / FlowRegime.VISCOUS_LIMIT) + " or rough further first",
							step, pumpsFeature, i, IssueCodes.KNUDSEN_REGIME);
				}
			}
			if (network != null) {
				for (Conductance c : network.conductancesAt(volume)) {
					if (leadsTo(c, volume, pump, network)) {
						checkTransmission(c, p, tg, step);
					}
				}
			}
		}
	}

	private void checkTransmission(Conductance c, double p, double tg, EObject step) {
		EStructuralFeature transmission = c instanceof Valve ? Literals.VALVE__TRANSMISSION
				: c instanceof Baffle ? Literals.BAFFLE__TRANSMISSION : null;
		if (transmission == null || SpecValues.si(c, transmission).isEmpty()) {
			return;
		}
		EStructuralFeature diameterFeature = c instanceof Valve ? Literals.VALVE__DIAMETER : Literals.BAFFLE__DIAMETER;
		OptionalDouble d = SpecValues.positive(c, diameterFeature);
		if (d.isEmpty() && c instanceof Baffle) {
			OptionalDouble area = SpecValues.positive(c, Literals.BAFFLE__AREA);
			d = area.isPresent() ? OptionalDouble.of(Math.sqrt(4 * area.getAsDouble() / Math.PI)) : OptionalDouble.empty();
		}
		if (d.isEmpty()) {
			return;
		}
		// the gas of a pump-down from air: nitrogen
		double kn = GasKinetics.of(Gas.N2).knudsenNumber(p, tg, d.getAsDouble());
		if (kn < FlowRegime.VISCOUS_LIMIT) {
			warningAt(c, transmission, "the transmission of " + name(c) + " is a molecular-flow value, but "
					+ (step instanceof RoughStep ? "the roughing" : "the pumping") + " step of the scenario drives gas through it"
					+ " only down to " + Show.pascal(p) + ", where Kn = " + Show.number(kn) + " < " + FlowRegime.VISCOUS_LIMIT
					+ " (N2) across its " + Show.si(d.getAsDouble() * 1e3, "mm") + " bore: the flow is viscous and the"
					+ " conductance follows from the pressure, not from a fixed transmission", IssueCodes.KNUDSEN_REGIME, null);
		}
	}

	/** @return true when the conductance from the volume reaches the pump directly or through a junction */
	private static boolean leadsTo(Conductance c, Volume volume, Pump pump, VacuumNetwork network) {
		VacuumNode other = c.getFrom() == volume ? c.getTo() : c.getFrom();
		if (other == pump) {
			return true;
		}
		return other instanceof Junction j && network.pumpsOf(j).contains(pump);
	}

	/** The most favourable case for molecular flow at a pump's inlet: the gas with the longest mean free path. */
	private record Inlet(Gas gas, double lambda, double diameter, double kn) {
	}

	private static Inlet inlet(Pump pump, double tg, double pressure) {
		Map<Gas, Double> speeds = MolecularSpeeds.of(pump, tg);
		Inlet best = null;
		for (Map.Entry<Gas, Double> e : speeds.entrySet()) {
			if (!GasViscosity.has(e.getKey()) || !(e.getValue() > 0)) {
				continue;
			}
			double d = MolecularSpeeds.minimumInletDiameter(e.getKey(), e.getValue(), tg);
			double lambda = GasKinetics.of(e.getKey()).meanFreePathValue(pressure, tg);
			double kn = FlowRegime.knudsenNumber(lambda, d);
			if (best == null || kn > best.kn()) {
				best = new Inlet(e.getKey(), lambda, d, kn);
			}
		}
		return best;
	}
}
