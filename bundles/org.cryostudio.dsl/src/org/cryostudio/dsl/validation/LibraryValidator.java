package org.cryostudio.dsl.validation;

import java.util.HashSet;
import java.util.Set;

import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.GasValue;
import org.cryostudio.dsl.cryo.Material;
import org.cryostudio.dsl.cryo.Mixture;
import org.cryostudio.dsl.cryo.PureGas;
import org.cryostudio.dsl.model.ComponentTypes;
import org.cryostudio.dsl.model.LibraryLinks;
import org.cryostudio.dsl.units.SpecQuantities;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.thermal.Materials;
import org.eclipse.xtext.validation.Check;

/**
 * Library entries must be backed by physics data: a gas by a fluid of the physics library, a
 * material without base by a physics material; a mixture lists pure gases whose mole fractions
 * add up to 1.
 */
public class LibraryValidator extends CryoCheck {

	/** Tolerance on the sum of mole fractions (published compositions are rounded). */
	static final double FRACTION_SUM_TOLERANCE = 1e-3;

	@Check
	public void checkGas(PureGas gas) {
		if (gas.getName() != null && LibraryLinks.gas(gas).isEmpty()) {
			StringBuilder known = new StringBuilder();
			for (Gas g : Gas.values()) {
				known.append(known.isEmpty() ? "" : ", ").append(g.symbol());
			}
			error("no property data for gas '" + gas.getName() + "'; the physics library has " + known, gas,
					Literals.ELEMENT__NAME, IssueCodes.GAS_UNKNOWN);
		}
	}

	@Check
	public void checkMaterial(Material material) {
		if (material.getBase() == null && material.getName() != null && LibraryLinks.material(material).isEmpty()) {
			error("no property data for material '" + material.getName() + "': base it on a library material ("
					+ "material " + material.getName() + " : SS304 { ... }); known: " + String.join(", ", Materials.names()),
					material, Literals.ELEMENT__NAME, IssueCodes.MATERIAL_UNKNOWN);
		}
	}

	@Check
	public void checkMixture(Mixture mixture) {
		double sum = 0;
		Set<String> gases = new HashSet<>();
		for (GasValue fraction : mixture.getFractions()) {
			String name = ComponentTypes.gasName(fraction);
			if (!gases.add(name)) {
				error("gas " + name + " is listed twice", fraction, Literals.GAS_VALUE__GAS, IssueCodes.DUPLICATE_GAS);
			}
			if (fraction.getGas() instanceof Mixture) {
				error("a mixture lists pure gases; " + name + " is a mixture", fraction, Literals.GAS_VALUE__GAS,
						IssueCodes.MIXTURE_NESTED);
			}
			if (fraction.getValue() == null) {
				return;
			}
			try {
				sum += SpecQuantities.si(fraction.getValue());
			} catch (IllegalArgumentException e) {
				return; // an unreadable unit is reported at the value
			}
		}
		if (!mixture.getFractions().isEmpty() && Math.abs(sum - 1) > FRACTION_SUM_TOLERANCE) {
			error(String.format(java.util.Locale.ROOT, "mole fractions of %s add up to %.6g, not 1", mixture.getName(), sum),
					mixture, Literals.ELEMENT__NAME, IssueCodes.MIXTURE_SUM);
		}
	}
}
