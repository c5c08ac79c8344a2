package org.cryostudio.analysis.build;

import static org.cryostudio.analysis.build.SpecValues.guard;
import static org.cryostudio.analysis.build.SpecValues.line;
import static org.cryostudio.analysis.build.SpecValues.name;
import static org.cryostudio.analysis.build.SpecValues.optional;
import static org.cryostudio.analysis.build.SpecValues.orElse;
import static org.cryostudio.analysis.build.SpecValues.required;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.cryostudio.analysis.refrigeration.DilutionStage;
import org.cryostudio.analysis.refrigeration.Expander;
import org.cryostudio.analysis.refrigeration.JouleThomsonValve;
import org.cryostudio.analysis.refrigeration.Liquefier;
import org.cryostudio.analysis.refrigeration.RefrigerationSet;
import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.DilutionRefrigerator;
import org.cryostudio.dsl.cryo.Element;
import org.cryostudio.dsl.cryo.GasSpecies;
import org.cryostudio.dsl.cryo.JtValve;
import org.cryostudio.dsl.cryo.LoadPoint;
import org.cryostudio.physics.fluids.Gas;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Builds the expansion and liquefaction stages of one system: JT valves, expanders, liquefiers, dilution units. */
final class RefrigerationModelBuilder {

	/** Compressor (ambient) temperature of a liquefier that states none, K. */
	static final double AMBIENT = 300.0;

	private final String prefix;
	private final List<Element> members;
	private final List<String> notes;

	RefrigerationModelBuilder(String prefix, List<Element> members, List<String> notes) {
		this.prefix = prefix;
		this.members = members;
		this.notes = notes;
	}

	RefrigerationSet build() {
		List<JouleThomsonValve> valves = new ArrayList<>();
		List<Expander> expanders = new ArrayList<>();
		List<Liquefier> liquefiers = new ArrayList<>();
		List<DilutionStage> dilution = new ArrayList<>();
		for (Element e : members) {
			String name = prefix + e.getName();
			switch (e) {
				case JtValve v -> {
					Gas gas = gas(v, Literals.JT_VALVE__GAS);
					double tin = required(v, Literals.JT_VALVE__INLET_TEMPERATURE, "inlet temperature");
					double pin = required(v, Literals.JT_VALVE__INLET_PRESSURE, "inlet pressure");
					double pout = required(v, Literals.JT_VALVE__OUTLET_PRESSURE, "outlet pressure");
					valves.add(guard(v, () -> new JouleThomsonValve(name, gas, tin, pin, pout)));
				}
				case org.cryostudio.dsl.cryo.Expander x -> {
					Gas gas = gas(x, Literals.EXPANDER__GAS);
					double tin = required(x, Literals.EXPANDER__INLET_TEMPERATURE, "inlet temperature");
					double pin = required(x, Literals.EXPANDER__INLET_PRESSURE, "inlet pressure");
					double pout = required(x, Literals.EXPANDER__OUTLET_PRESSURE, "outlet pressure");
					double eta = orElse(x, Literals.EXPANDER__EFFICIENCY, 1.0);
					if (optional(x, Literals.EXPANDER__EFFICIENCY).isEmpty()) {
						notes.add(name + ": no isentropic efficiency given, the ideal expander (1) is used");
					}
					expanders.add(guard(x, () -> new Expander(name, gas, tin, pin, pout, eta)));
				}
				case org.cryostudio.dsl.cryo.Liquefier l -> {
					Gas gas = gas(l, Literals.LIQUEFIER__GAS);
					double high = required(l, Literals.LIQUEFIER__HIGH_PRESSURE, "high pressure");
					double low = required(l, Literals.LIQUEFIER__LOW_PRESSURE, "low pressure");
					double ambient = orElse(l, Literals.LIQUEFIER__INLET_TEMPERATURE, AMBIENT);
					double precool = orElse(l, Literals.LIQUEFIER__PRECOOLING_TEMPERATURE, ambient);
					OptionalDouble flow = optional(l, Literals.LIQUEFIER__FLOW);
					if (optional(l, Literals.LIQUEFIER__EFFECTIVENESS).isPresent()) {
						notes.add(name + ": the yield is the ideal Linde-Hampson one (perfect heat exchanger); "
								+ "the stated effectiveness is used for the warm-end loss estimate only");
					}
					liquefiers.add(guard(l, () -> new Liquefier(name, gas, low, high, ambient, precool, flow)));
				}
				case DilutionRefrigerator d -> {
					double n3 = required(d, Literals.DILUTION_REFRIGERATOR__FLOW, "3He flow");
					double tmc = required(d, Literals.DILUTION_REFRIGERATOR__MIXING_CHAMBER_TEMPERATURE,
							"mixing-chamber temperature");
					List<LoadPoint> rating = SpecValues.list(d, Literals.DILUTION_REFRIGERATOR__CAPACITY);
					OptionalDouble load = OptionalDouble.empty();
					if (!rating.isEmpty()) {
						notes.add(name + ": rated capacity kept for comparison with 84 n3 T^2");
					}
					OptionalDouble heat = load;
					dilution.add(guard(d, () -> new DilutionStage(name, n3, tmc, tmc, heat)));
				}
				default -> {
				}
			}
		}
		return new RefrigerationSet(valves, expanders, liquefiers, dilution);
	}

	private static Gas gas(EObject element, EStructuralFeature feature) {
		Object species = SpecValues.effective(element, feature);
		if (!(species instanceof GasSpecies s)) {
			throw new SpecModelException(line(element), name(element) + " needs its gas to be solved");
		}
		return SpecValues.pureGas(s, element);
	}
}
