package org.cryostudio.dsl.validation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.cryostudio.dsl.cryo.ColdTrap;
import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.Cryopump;
import org.cryostudio.dsl.cryo.Pump;
import org.cryostudio.physics.fluids.Gas;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The cold pumping surfaces of pumps: a cryopump's second-stage panel (condensation, plus
 * cryosorption when it carries a sorbent) and cold traps. Each knows the gases it is declared to
 * pump (its per-gas tables); a surface without tables is taken to pump whatever it can.
 *
 * @param pump        the pump the surface belongs to
 * @param feature     its temperature property (for messages and quick fixes)
 * @param keywords    how the spec writes that property
 * @param temperature surface temperature, K
 * @param sorbent     true when a sorbent adsorbs the light gases
 * @param declared    gases in its per-gas tables (empty: none declared)
 */
record PumpingSurfaces(Pump pump, EStructuralFeature feature, String keywords, double temperature, boolean sorbent,
		Set<Gas> declared) {

	/** Gases a sorbent (activated charcoal, zeolite) pumps by adsorption rather than condensation at cryopump temperatures. */
	static final Set<Gas> SORBED = EnumSet.of(Gas.HE, Gas.HE3, Gas.H2, Gas.PH2, Gas.D2, Gas.NE);

	/** @return the cold surface of a pump, or null for other pumps or without a temperature */
	static PumpingSurfaces of(Pump pump) {
		if (pump instanceof Cryopump cp) {
			var t = SpecValues.positive(cp, Literals.CRYOPUMP__PANEL_TEMPERATURE);
			if (t.isEmpty()) {
				return null;
			}
			boolean sorbent = SpecValues.written(cp, Literals.CRYOPUMP__SORBENT) != null
					|| SpecValues.positive(cp, Literals.CRYOPUMP__SORBENT_AREA).isPresent()
					|| SpecValues.positive(cp, Literals.CRYOPUMP__SORBENT_MASS).isPresent();
			Set<Gas> gases = EnumSet.noneOf(Gas.class);
			gases.addAll(SpecValues.perGas(cp, Literals.CRYOPUMP__SPEEDS).keySet());
			gases.addAll(SpecValues.perGas(cp, Literals.CRYOPUMP__CAPACITIES).keySet());
			gases.addAll(SpecValues.perGas(cp, Literals.CRYOPUMP__CAPTURES).keySet());
			return new PumpingSurfaces(cp, Literals.CRYOPUMP__PANEL_TEMPERATURE, "panel temperature", t.getAsDouble(), sorbent,
					gases);
		}
		if (pump instanceof ColdTrap trap) {
			var t = SpecValues.positive(trap, Literals.COLD_TRAP__TEMPERATURE);
			if (t.isEmpty()) {
				return null;
			}
			Set<Gas> gases = EnumSet.noneOf(Gas.class);
			gases.addAll(SpecValues.perGas(trap, Literals.COLD_TRAP__CAPTURES).keySet());
			return new PumpingSurfaces(trap, Literals.COLD_TRAP__TEMPERATURE, "temperature", t.getAsDouble(), false, gases);
		}
		return null;
	}

	/** @return the cold surfaces among the pumps, coldest first */
	static List<PumpingSurfaces> of(List<Pump> pumps) {
		List<PumpingSurfaces> out = new ArrayList<>();
		for (Pump p : pumps) {
			PumpingSurfaces s = of(p);
			if (s != null) {
				out.add(s);
			}
		}
		out.sort((a, b) -> Double.compare(a.temperature(), b.temperature()));
		return out;
	}

	/** @return true when the surface is meant to pump the gas (declared, or no tables at all) */
	boolean meantFor(Gas gas) {
		return declared.isEmpty() || declared.contains(gas);
	}

	/** @return true when the gas is held by condensation (not adsorbed by the sorbent) */
	boolean condenses(Gas gas) {
		return !(sorbent && SORBED.contains(gas));
	}

	/** @return e.g. "the panel of cp at 12 K" */
	String describe() {
		String what = pump instanceof Cryopump ? "the panel of cryopump " : "cold trap ";
		return what + VacuumNetwork.name(pump) + " at " + Show.kelvin(temperature);
	}
}
