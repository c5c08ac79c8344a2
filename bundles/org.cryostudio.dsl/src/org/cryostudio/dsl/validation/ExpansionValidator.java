package org.cryostudio.dsl.validation;

import java.util.Optional;
import java.util.OptionalDouble;

import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.GasSpecies;
import org.cryostudio.dsl.cryo.JtValve;
import org.cryostudio.dsl.cryo.Liquefier;
import org.cryostudio.dsl.cryo.Quantity;
import org.cryostudio.dsl.model.ComponentTypes;
import org.cryostudio.dsl.model.LibraryLinks;
import org.cryostudio.physics.fluids.Fluid;
import org.cryostudio.physics.fluids.FluidState;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.refrigeration.Expansion;
import org.cryostudio.physics.refrigeration.LindeHampson;
import org.eclipse.xtext.validation.Check;

/**
 * Expansion stages against the real-gas Joule-Thomson inversion curve of the fluid library: a JT
 * valve whose inlet is above the inversion temperature at its inlet pressure warms the stream
 * (jt-above-inversion); a Linde-Hampson liquefier whose heat-exchanger warm end is too warm makes
 * no liquid (jt-above-inversion), liquefies above the critical pressure (above-critical) or has a
 * temperature cross (temperature-order).
 */
public class ExpansionValidator extends PhysicsCheck {

	@Check
	public void checkJtValve(JtValve valve) {
		Optional<Gas> gas = gas(valve, Literals.JT_VALVE__GAS);
		OptionalDouble tIn = SpecValues.positive(valve, Literals.JT_VALVE__INLET_TEMPERATURE);
		OptionalDouble pIn = SpecValues.positive(valve, Literals.JT_VALVE__INLET_PRESSURE);
		if (gas.isEmpty() || tIn.isEmpty() || pIn.isEmpty()) {
			return;
		}
		Fluid fluid = CachedPhysics.fluidWithEos(gas.get());
		if (fluid == null) {
			warningAt(valve, Literals.JT_VALVE__GAS, "no equation of state for " + gas.get().description()
					+ " in the fluid library: the Joule-Thomson inversion of " + name(valve) + " cannot be checked",
					IssueCodes.PROPERTY_RANGE, null);
			return;
		}
		double t = tIn.getAsDouble();
		double p = pIn.getAsDouble();
		Quantity pWritten = SpecValues.quantity(valve, Literals.JT_VALVE__INLET_PRESSURE);
		ModelResult inversion = CachedPhysics.inversionTemperature(gas.get(), p);
		String symbol = gas.get().symbol();
		if (!inversion.valid()) {
			if (inversion.value() > 0) {
				warningAt(valve, Literals.JT_VALVE__INLET_PRESSURE, "the inversion temperature of " + symbol + " at "
						+ Show.like(p, pWritten, "Pa") + " is outside the range of " + inversion.model() + ": "
						+ String.join("; ", inversion.warnings()), IssueCodes.PROPERTY_RANGE, null);
				return;
			}
			// no inversion temperature: above the curve's highest pressure the stream warms at every temperature
			if (fluid.stateTP(t, p).jouleThomson() < 0) {
				errorAt(valve, Literals.JT_VALVE__INLET_PRESSURE, symbol + " throttled from " + Show.like(p, pWritten, "Pa")
						+ " warms at every temperature: " + String.join("; ", inversion.warnings()) + ". Lower the inlet pressure.",
						IssueCodes.JT_ABOVE_INVERSION, null);
			}
			return;
		}
		double tInv = inversion.value();
		if (t <= tInv) {
			return;
		}
		StringBuilder message = new StringBuilder();
		message.append(symbol).append(" enters ").append(name(valve)).append(" at ").append(Show.kelvin(t))
				.append(" and ").append(Show.like(p, pWritten, "Pa")).append(", above its Joule-Thomson inversion temperature at ")
				.append(Show.like(p, pWritten, "Pa")).append(", ").append(Show.kelvin(tInv)).append(" (")
				.append(inversion.model()).append("): the throttled stream warms");
		OptionalDouble pOut = SpecValues.positive(valve, Literals.JT_VALVE__OUTLET_PRESSURE);
		if (pOut.isPresent() && pOut.getAsDouble() < p) {
			FluidState out = Expansion.isenthalpic(fluid, t, p, pOut.getAsDouble());
			if (out.valid() && Double.isFinite(out.temperature())) {
				message.append(", to ").append(Show.kelvin(out.temperature())).append(" at ")
						.append(Show.like(pOut.getAsDouble(), SpecValues.quantity(valve, Literals.JT_VALVE__OUTLET_PRESSURE), "Pa"))
						.append(" (isenthalpic flash)");
			}
		}
		message.append(". Precool it below the inversion temperature (").append(hint()).append(").");
		double target = Show.roundDown(0.9 * tInv, 2);
		String value = Show.literal(target) + " K";
		PhysicsFixes fixes = new PhysicsFixes()
				.add("Set the inlet temperature to " + value,
						PhysicsFixes.setProperty(valve, Literals.JT_VALVE__INLET_TEMPERATURE, "inlet temperature", value))
				.add("Insert a precooling stage at " + value,
						PhysicsFixes.insertBefore(valve, "stage " + name(valve) + "Precooling { temperature " + value
								+ " } // precools " + name(valve) + " below its inversion temperature: hold it with a cold source"),
						PhysicsFixes.setProperty(valve, Literals.JT_VALVE__INLET_TEMPERATURE, "inlet temperature", value));
		errorAt(valve, Literals.JT_VALVE__INLET_TEMPERATURE, message.toString(), IssueCodes.JT_ABOVE_INVERSION, fixes);
	}

	@Check
	public void checkLiquefier(Liquefier liquefier) {
		Optional<Gas> gas = gas(liquefier, Literals.LIQUEFIER__GAS);
		OptionalDouble pHigh = SpecValues.positive(liquefier, Literals.LIQUEFIER__HIGH_PRESSURE);
		OptionalDouble pLow = SpecValues.positive(liquefier, Literals.LIQUEFIER__LOW_PRESSURE);
		OptionalDouble tIn = SpecValues.positive(liquefier, Literals.LIQUEFIER__INLET_TEMPERATURE);
		OptionalDouble tPre = SpecValues.positive(liquefier, Literals.LIQUEFIER__PRECOOLING_TEMPERATURE);
		if (gas.isEmpty() || pLow.isEmpty()) {
			return;
		}
		Fluid fluid = CachedPhysics.fluidWithEos(gas.get());
		if (fluid == null) {
			return;
		}
		String symbol = gas.get().symbol();
		Quantity lowWritten = SpecValues.quantity(liquefier, Literals.LIQUEFIER__LOW_PRESSURE);
		double low = pLow.getAsDouble();
		if (low >= fluid.criticalPressure()) {
			errorAt(liquefier, Literals.LIQUEFIER__LOW_PRESSURE, name(liquefier) + " delivers " + symbol + " at "
					+ Show.like(low, lowWritten, "Pa") + ", at or above its critical pressure "
					+ Show.pascal(fluid.criticalPressure()) + ": no liquid exists there; liquefy below "
					+ Show.pascal(fluid.criticalPressure()), IssueCodes.ABOVE_CRITICAL, null);
			return;
		}
		if (tIn.isPresent() && tPre.isPresent() && tPre.getAsDouble() > tIn.getAsDouble()) {
			errorAt(liquefier, Literals.LIQUEFIER__PRECOOLING_TEMPERATURE, "precooling " + name(liquefier) + " to "
					+ Show.kelvin(tPre.getAsDouble()) + " is warmer than its inlet at " + Show.kelvin(tIn.getAsDouble())
					+ ": a precooler cools the compressed stream", IssueCodes.TEMPERATURE_ORDER, null);
			return;
		}
		OptionalDouble warmEnd = tPre.isPresent() ? tPre : tIn;
		if (warmEnd.isEmpty()) {
			return;
		}
		var warmFeature = tPre.isPresent() ? Literals.LIQUEFIER__PRECOOLING_TEMPERATURE : Literals.LIQUEFIER__INLET_TEMPERATURE;
		ModelResult boiling = CachedPhysics.vapourTemperature(gas.get(), low);
		if (boiling.value() > 0 && warmEnd.getAsDouble() <= boiling.value()) {
			errorAt(liquefier, warmFeature, "temperature cross in the heat exchanger of " + name(liquefier)
					+ ": its warm end at " + Show.kelvin(warmEnd.getAsDouble()) + " is not above the boiling point of "
					+ symbol + " at the low pressure " + Show.like(low, lowWritten, "Pa") + ", " + Show.kelvin(boiling.value())
					+ ", where the returning stream enters the cold end", IssueCodes.TEMPERATURE_ORDER, null);
			return;
		}
		if (pHigh.isEmpty() || pHigh.getAsDouble() <= low) {
			return;
		}
		double high = pHigh.getAsDouble();
		double ambient = tIn.isPresent() ? tIn.getAsDouble() : warmEnd.getAsDouble();
		LindeHampson cycle = LindeHampson.precooled(fluid, ambient, warmEnd.getAsDouble(), low, high);
		if (cycle.yield() > 0) {
			return;
		}
		Quantity highWritten = SpecValues.quantity(liquefier, Literals.LIQUEFIER__HIGH_PRESSURE);
		boolean rangeProblem = cycle.warnings().stream().anyMatch(w -> !w.startsWith("no liquid"));
		if (rangeProblem) {
			warningAt(liquefier, warmFeature, "the Linde-Hampson balance of " + name(liquefier) + " leaves the range of "
					+ fluid.eosModel() + ": " + String.join("; ", cycle.warnings()), IssueCodes.PROPERTY_RANGE, null);
			return;
		}
		ModelResult inversion = CachedPhysics.inversionTemperature(gas.get(), high);
		StringBuilder message = new StringBuilder();
		message.append(name(liquefier)).append(" makes no liquid: with the heat-exchanger warm end at ")
				.append(Show.kelvin(warmEnd.getAsDouble())).append(", ").append(symbol).append(" compressed to ")
				.append(Show.like(high, highWritten, "Pa"))
				.append(" has no more enthalpy than at ").append(Show.like(low, lowWritten, "Pa"))
				.append(" (Linde-Hampson yield 0), so the JT expansion does not cool it");
		if (inversion.valid()) {
			message.append("; the inversion temperature at ").append(Show.like(high, highWritten, "Pa")).append(" is ")
					.append(Show.kelvin(inversion.value()));
		}
		message.append(". Precool below the inversion temperature (").append(hint()).append(").");
		PhysicsFixes fixes = new PhysicsFixes();
		OptionalDouble cooling = highestYieldingTemperature(fluid, ambient, boiling.value(), warmEnd.getAsDouble(), low, high);
		if (cooling.isPresent()) {
			String value = Show.literal(Show.roundDown(0.9 * cooling.getAsDouble(), 2)) + " K";
			fixes.add("Precool to " + value, PhysicsFixes.setProperty(liquefier, Literals.LIQUEFIER__PRECOOLING_TEMPERATURE,
					"precooling", value));
		}
		errorAt(liquefier, warmFeature, message.toString(), IssueCodes.JT_ABOVE_INVERSION, fixes);
	}

	/** The warmest heat-exchanger warm end that still yields liquid, by bisection on the Linde-Hampson yield. */
	private static OptionalDouble highestYieldingTemperature(Fluid fluid, double ambient, double coldest, double warmest,
			double low, double high) {
		double lo = coldest * 1.001;
		double hi = warmest;
		if (!(lo < hi) || !(LindeHampson.precooled(fluid, ambient, lo, low, high).yield() > 0)) {
			return OptionalDouble.empty();
		}
		for (int i = 0; i < 40; i++) {
			double mid = 0.5 * (lo + hi);
			if (LindeHampson.precooled(fluid, ambient, mid, low, high).yield() > 0) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		return OptionalDouble.of(lo);
	}

	/** @return e.g. "He below 45.6 K, H2 below 201 K at low pressure", from the fluid library */
	private static String hint() {
		return "He: below " + Show.kelvin(CachedPhysics.maxInversionTemperature(Gas.HE).value()) + ", H2: below "
				+ Show.kelvin(CachedPhysics.maxInversionTemperature(Gas.H2).value()) + " at low pressure";
	}

	private static Optional<Gas> gas(org.cryostudio.dsl.cryo.Component element, org.eclipse.emf.ecore.EStructuralFeature feature) {
		Object species = ComponentTypes.effective(element, feature);
		return species instanceof GasSpecies g ? LibraryLinks.gas(g) : Optional.empty();
	}
}
