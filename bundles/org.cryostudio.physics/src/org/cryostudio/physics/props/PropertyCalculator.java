package org.cryostudio.physics.props;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.cryostudio.physics.fluids.Fluid;
import org.cryostudio.physics.fluids.FluidState;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.kinetic.GasViscosity;
import org.cryostudio.physics.kinetic.MeanFreePath;
import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.model.ValidityRange;
import org.cryostudio.physics.units.Dimension;
import org.cryostudio.physics.units.Quantity;
import org.cryostudio.physics.units.UnitParseException;

/**
 * The headless property calculator behind {@code cryo props PROPERTY --gas GAS [--T VALUE] [--p
 * VALUE]} (CLI.md). Inputs are strings with units ("20K", "1 bar", "-196 degC"); the answer is a
 * {@link PropertyResult} in SI. User mistakes raise {@link PropertyInputException} with a one-line
 * message; answers outside a model's range come back with {@code valid == false} and warnings.
 */
public final class PropertyCalculator {

	/** The properties this calculator answers. */
	public enum Property {
		PSAT("psat", "Pa", true, false, "vapour (saturation or sublimation) pressure at T"),
		TSAT("tsat", "K", false, true, "temperature at which the vapour pressure equals p"),
		TINV_MAX("tinv-max", "K", false, false, "maximum Joule-Thomson inversion temperature (zero of T dB/dT - B)"),
		TINV("tinv", "K", false, true, "upper Joule-Thomson inversion temperature at p"),
		MU_JT("mu-jt", "K/Pa", true, true, "Joule-Thomson coefficient (dT/dp)_h at T and p"),
		H("h", "J/kg", true, true, "specific enthalpy at T and p (EoS reference state)"),
		S("s", "J/(kg*K)", true, true, "specific entropy at T and p (EoS reference state)"),
		U("u", "J/kg", true, true, "specific internal energy at T and p (EoS reference state)"),
		RHO("rho", "kg/m3", true, true, "density at T and p"),
		CP("cp", "J/(kg*K)", true, true, "isobaric specific heat capacity at T and p"),
		CV("cv", "J/(kg*K)", true, true, "isochoric specific heat capacity at T and p"),
		W("w", "m/s", true, true, "speed of sound at T and p"),
		Z("z", "1", true, true, "compressibility factor p/(rho R T) at T and p"),
		B("b", "m3/mol", true, false, "second virial coefficient at T"),
		MFP("mfp", "m", true, true, "mean free path at T and p (hard spheres, diameter from viscosity)");

		private final String id;
		private final String unit;
		private final boolean needsT;
		private final boolean needsP;
		private final String description;

		Property(String id, String unit, boolean needsT, boolean needsP, String description) {
			this.id = id;
			this.unit = unit;
			this.needsT = needsT;
			this.needsP = needsP;
			this.description = description;
		}

		/** @return the name used on the command line, e.g. "mu-jt" */
		public String id() {
			return id;
		}

		/** @return the SI unit of the answer */
		public String unit() {
			return unit;
		}

		public boolean needsTemperature() {
			return needsT;
		}

		public boolean needsPressure() {
			return needsP;
		}

		public String description() {
			return description;
		}

		static Property of(String name) {
			for (Property p : values()) {
				if (p.id.equalsIgnoreCase(name)) {
					return p;
				}
			}
			throw new PropertyInputException("unknown property '" + name + "' (known: "
					+ Arrays.stream(values()).map(Property::id).collect(Collectors.joining(", ")) + ")");
		}
	}

	private PropertyCalculator() {
	}

	/**
	 * Computes one property.
	 *
	 * @param property    e.g. "psat", "h", "tinv-max" (case-insensitive)
	 * @param gas         gas symbol or fluid name, e.g. "N2", "pH2", "He3", "Air"
	 * @param temperature text with a temperature unit, e.g. "77K", or null when not given
	 * @param pressure    text with a pressure unit, e.g. "1bar", or null when not given
	 * @return the answer (check {@link PropertyResult#valid()})
	 * @throws PropertyInputException for unknown names, missing inputs and bad units
	 */
	public static PropertyResult calculate(String property, String gas, String temperature, String pressure) {
		Property prop = Property.of(property == null ? "" : property.strip());
		Gas g = Gas.lookup(gas == null ? "" : gas.strip()).orElseThrow(() -> new PropertyInputException("unknown gas '"
				+ gas + "' (known: " + Arrays.stream(Gas.values()).map(Gas::symbol).collect(Collectors.joining(", ")) + ")"));
		Map<String, PropertyResult.Input> inputs = new LinkedHashMap<>();
		double t = Double.NaN, p = Double.NaN;
		if (prop.needsT) {
			t = parse("--T", temperature, Dimension.TEMPERATURE, prop);
			if (!(t > 0)) {
				throw new PropertyInputException("--T: the temperature must be above 0 K (got " + t + " K)");
			}
			inputs.put("T", new PropertyResult.Input(t, "K"));
		}
		if (prop.needsP) {
			p = parse("--p", pressure, Dimension.PRESSURE, prop);
			if (!(p > 0)) {
				throw new PropertyInputException("--p: the pressure must be above 0 Pa (got " + p + " Pa)");
			}
			inputs.put("p", new PropertyResult.Input(p, "Pa"));
		}
		Fluid fluid = Fluids.of(g);
		return switch (prop) {
		case PSAT -> fromModel(prop, g, inputs, fluid.vapourPressure(t));
		case TSAT -> fromModel(prop, g, inputs, fluid.vapourTemperature(p));
		case TINV_MAX -> fromModel(prop, g, inputs, fluid.maxInversionTemperature());
		case TINV -> fromModel(prop, g, inputs, fluid.inversionTemperature(p));
		case B -> fromModel(prop, g, inputs, fluid.secondVirialCoefficient(t));
		case MFP -> fromModel(prop, g, inputs, meanFreePath(fluid, t, p));
		default -> fromState(prop, g, inputs, fluid, fluid.stateTP(t, p));
		};
	}

	private static double parse(String option, String text, Dimension dimension, Property prop) {
		if (text == null || text.isBlank()) {
			throw new PropertyInputException("property '" + prop.id + "' needs " + option + " (a "
					+ (dimension.equals(Dimension.TEMPERATURE) ? "temperature, e.g. 77K" : "pressure, e.g. 1bar") + ")");
		}
		try {
			if (Quantity.parse(text).unit().symbol().equals("1")) {
				throw new PropertyInputException(option + ": '" + text.strip() + "' needs a unit, e.g. "
						+ (dimension.equals(Dimension.TEMPERATURE) ? "77K" : "1bar"));
			}
			return Quantity.parse(text, dimension).si();
		} catch (UnitParseException e) {
			throw new PropertyInputException(option + ": " + e.getMessage());
		}
	}

	private static PropertyResult fromModel(Property prop, Gas g, Map<String, PropertyResult.Input> inputs, ModelResult r) {
		return new PropertyResult(prop.id, g.symbol(), inputs, r.value(), prop.unit, r.model(), r.source(), r.valid(),
				distinct(r.ranges()), r.warnings());
	}

	private static PropertyResult fromState(Property prop, Gas g, Map<String, PropertyResult.Input> inputs, Fluid fluid,
			FluidState s) {
		double v = switch (prop) {
		case MU_JT -> s.jouleThomson();
		case H -> s.enthalpy();
		case S -> s.entropy();
		case U -> s.internalEnergy();
		case RHO -> s.density();
		case CP -> s.cp();
		case CV -> s.cv();
		case W -> s.speedOfSound();
		case Z -> s.compressibility();
		default -> throw new IllegalStateException(prop.id);
		};
		String model = fluid.eosModel() + (s.phase() == null ? "" : " (" + s.phase().name().toLowerCase(Locale.ROOT) + ")");
		return new PropertyResult(prop.id, g.symbol(), inputs, v, prop.unit, model, fluid.eosSource(), s.valid(),
				distinct(fluid.validityRanges()), s.warnings());
	}

	/** Hard-sphere mean free path with the diameter that reproduces the gas's viscosity at T. */
	private static ModelResult meanFreePath(Fluid fluid, double t, double p) {
		String model = "hard-sphere mean free path kT/(sqrt(2) pi d^2 p), d from the viscosity at T";
		if (!GasViscosity.has(fluid.gas())) {
			return ModelResult.invalid("m", model, "", List.of(), "no viscosity data for " + fluid.gas().symbol()
					+ ": no molecular diameter for the mean free path");
		}
		ModelResult eta = GasViscosity.of(fluid.gas()).viscosity(t);
		double d = GasViscosity.hardSphereDiameter(eta.value(), t, fluid.moleculeMass());
		double mfp = MeanFreePath.of(p, t, d);
		List<String> w = new ArrayList<>(eta.warnings());
		FluidState s = fluid.stateTP(t, p);
		if (s.valid() && s.phase() != FluidState.Phase.GAS && s.phase() != FluidState.Phase.SUPERCRITICAL) {
			w.add("the fluid is " + s.phase().name().toLowerCase(Locale.ROOT)
					+ " at these T and p: a gas-kinetic mean free path does not apply");
		}
		return new ModelResult(mfp, "m", w.isEmpty(), model, "Kaye & Laby, sec. 2.2.4; viscosity: " + eta.source(),
				eta.ranges(), w);
	}

	private static List<ValidityRange> distinct(List<ValidityRange> ranges) {
		Map<String, ValidityRange> byName = new LinkedHashMap<>();
		for (ValidityRange r : ranges) {
			byName.putIfAbsent(r.quantity(), r);
		}
		return List.copyOf(byName.values());
	}
}
