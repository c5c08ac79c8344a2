package org.cryostudio.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cryostudio.dsl.cryo.Component;
import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.GasValue;
import org.cryostudio.dsl.cryo.Material;
import org.cryostudio.dsl.cryo.Mixture;
import org.cryostudio.dsl.cryo.PureGas;
import org.cryostudio.dsl.cryo.Quantity;
import org.cryostudio.dsl.model.ComponentTypes;
import org.cryostudio.dsl.model.ElementKinds;
import org.cryostudio.dsl.model.LibraryLinks;
import org.cryostudio.dsl.units.PropertyKind;
import org.cryostudio.dsl.units.PropertyKinds;
import org.cryostudio.dsl.units.SpecQuantities;
import org.cryostudio.physics.fluids.Fluid;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.units.Unit;
import org.cryostudio.physics.units.Units;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Facts worth seeing while editing, as Markdown: a gas's boiling, triple and critical points from
 * its equation of state, a material's density and conductivity, a value in SI with the kind of
 * its property, an instance's catalog type.
 */
public class ElementFacts {

	/** @return Markdown, or null when there is nothing to add to the documentation */
	public String describe(EObject element) {
		try {
			if (element instanceof PureGas gas) {
				return gas(gas);
			}
			if (element instanceof Mixture mixture) {
				return mixture(mixture);
			}
			if (element instanceof Material material) {
				return material(material);
			}
			if (element instanceof Quantity quantity) {
				return quantity(quantity);
			}
			if (element instanceof Component component) {
				return component(component);
			}
		} catch (RuntimeException e) {
			// a hover never fails the request: facts that cannot be computed are left out
			return "_" + e.getClass().getSimpleName() + ": " + e.getMessage() + "_";
		}
		return null;
	}

	private static String gas(PureGas declaration) {
		Gas gas = LibraryLinks.gas(declaration).orElse(null);
		if (gas == null) {
			return "**" + declaration.getName() + "**: no property data in the physics library";
		}
		Fluid fluid = Fluids.of(gas);
		List<String> lines = new ArrayList<>();
		lines.add("**" + gas.symbol() + "**: " + gas.description() + " (standard library gas)");
		lines.add("");
		lines.add("- normal boiling point: " + temperature(fluid.normalBoilingTemperature()));
		if (Double.isFinite(fluid.tripleTemperature())) {
			lines.add("- triple point: " + temperature(fluid.tripleTemperature()) + ", " + pressure(fluid.triplePressure()));
		}
		lines.add("- critical point: " + temperature(fluid.criticalTemperature()) + ", " + pressure(fluid.criticalPressure()));
		lines.add("- molar mass: " + number(fluid.molarMass() * 1e3) + " g/mol");
		if (gas != Gas.HE3) {
			ModelResult inversion = fluid.maxInversionTemperature();
			if (inversion.valid()) {
				lines.add("- maximum Joule-Thomson inversion temperature: " + temperature(inversion.value()));
			}
		}
		lines.add("- property model: " + fluid.eosModel());
		return String.join("\n", lines);
	}

	private static String mixture(Mixture mixture) {
		List<String> lines = new ArrayList<>();
		lines.add("**" + mixture.getName() + "**: gas mixture by mole fraction");
		lines.add("");
		for (GasValue fraction : mixture.getFractions()) {
			if (fraction.getValue() != null) {
				lines.add("- " + ComponentTypes.gasName(fraction) + ": "
						+ number(SpecQuantities.si(fraction.getValue()) * 100) + " %");
			}
		}
		return String.join("\n", lines);
	}

	private static String material(Material material) {
		var data = LibraryLinks.material(material).orElse(null);
		if (data == null) {
			return "**" + material.getName() + "**: no property data in the physics library";
		}
		List<String> lines = new ArrayList<>();
		lines.add("**" + material.getName() + "**: " + data.description()
				+ (material.getBase() != null ? " (data of " + data.name() + ")" : " (standard library material)"));
		lines.add("");
		lines.add("- density: " + number(data.density()) + " kg/m3");
		if (data.hasConductivity()) {
			StringBuilder k = new StringBuilder("- thermal conductivity:");
			for (double t : new double[] { 4, 20, 77, 300 }) {
				ModelResult result = data.conductivity(t);
				if (result.valid()) {
					k.append(' ').append(number(result.value())).append(" W/(m*K) at ").append(number(t)).append(" K;");
				}
			}
			lines.add(k.toString().replaceAll(";$", "") + " (valid " + data.conductivityRange() + ")");
		}
		return String.join("\n", lines);
	}

	private static String quantity(Quantity quantity) {
		PropertyKind kind = PropertyKinds.kindOf(quantity);
		if (kind == null) {
			return null;
		}
		String property = property(quantity);
		Unit unit = SpecQuantities.unit(quantity);
		if (!unit.dimension().equals(kind.dimension())) {
			return "**" + property + "**: " + kind.describe();
		}
		double si = SpecQuantities.si(quantity);
		String siUnit = kind.preferredUnit();
		String value = siUnit == null || Units.parse(siUnit).factor() != 1 || Units.parse(siUnit).offset() != 0
				? number(si) : number(si) + " " + siUnit;
		return "**" + property + "** (" + kind.label() + "): " + value + " in SI";
	}

	private static String component(Component component) {
		StringBuilder text = new StringBuilder("**" + component.getName() + "**: " + ElementKinds.keyword(component));
		if (ComponentTypes.isType(component)) {
			text.append(" (catalog type)");
		}
		Component type = component.getType();
		if (type != null && !type.eIsProxy()) {
			text.append(", an instance of ").append(type.getName()).append(" taking every property it does not set");
		}
		return text.toString();
	}

	/** @return the property a value belongs to, in the words of the spec, e.g. "panel temperature" */
	private static String property(Quantity quantity) {
		EStructuralFeature feature = quantity.eContainingFeature();
		EObject owner = quantity.eContainer();
		if (owner instanceof GasValue gasValue) {
			return words(gasValue.eContainingFeature()) + " of " + ComponentTypes.gasName(gasValue);
		}
		if (owner instanceof org.cryostudio.dsl.cryo.Requirement requirement && feature == Literals.REQUIREMENT__LIMIT) {
			return "limit on " + requirement.getMetric().getLiteral();
		}
		if (owner instanceof org.cryostudio.dsl.cryo.CurvePoint) {
			return feature == Literals.CURVE_POINT__VALUE ? words(owner.eContainingFeature()) : "pressure";
		}
		return words(feature);
	}

	private static String words(EStructuralFeature feature) {
		return feature.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	private static String temperature(double kelvin) {
		return number(kelvin) + " K";
	}

	private static String pressure(double pascal) {
		for (Map.Entry<String, Double> unit : List.of(Map.entry("MPa", 1e6), Map.entry("kPa", 1e3))) {
			if (pascal >= unit.getValue()) {
				return number(pascal / unit.getValue()) + " " + unit.getKey();
			}
		}
		return number(pascal) + " Pa";
	}

	private static String number(double value) {
		return org.cryostudio.physics.units.Quantity.engineering(value, 5);
	}
}
