package org.cryostudio.dsl.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.cryostudio.dsl.cryo.ConductiveLink;
import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.Cryogen;
import org.cryostudio.dsl.cryo.GetterPump;
import org.cryostudio.dsl.cryo.Volume;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * The words a spec uses for each kind of element ("cryopump", "residual gas", "chamber"), for
 * messages, hovers and outlines, and readable names of the abstract kinds references expect
 * ("vacuum node", "cold source").
 */
public final class ElementKinds {

	private static final Map<EClass, String> KEYWORDS = new HashMap<>();
	private static final Map<EClass, String> ABSTRACT_LABELS = new HashMap<>();

	static {
		KEYWORDS.put(Literals.CRYO_SYSTEM, "system");
		KEYWORDS.put(Literals.CATALOG, "catalog");
		KEYWORDS.put(Literals.PURE_GAS, "gas");
		KEYWORDS.put(Literals.MIXTURE, "mixture");
		KEYWORDS.put(Literals.MATERIAL, "material");
		KEYWORDS.put(Literals.JUNCTION, "junction");
		KEYWORDS.put(Literals.ROUGHING_PUMP, "roughing");
		KEYWORDS.put(Literals.TURBO_PUMP, "turbo");
		KEYWORDS.put(Literals.CRYOPUMP, "cryopump");
		KEYWORDS.put(Literals.ION_PUMP, "ionpump");
		KEYWORDS.put(Literals.COLD_TRAP, "coldtrap");
		KEYWORDS.put(Literals.TUBE, "tube");
		KEYWORDS.put(Literals.ORIFICE, "orifice");
		KEYWORDS.put(Literals.DUCT, "duct");
		KEYWORDS.put(Literals.ELBOW, "elbow");
		KEYWORDS.put(Literals.BAFFLE, "baffle");
		KEYWORDS.put(Literals.VALVE, "valve");
		KEYWORDS.put(Literals.OUTGASSING, "outgassing");
		KEYWORDS.put(Literals.LEAK, "leak");
		KEYWORDS.put(Literals.PERMEATION, "permeation");
		KEYWORDS.put(Literals.GAS_FLOW, "flow");
		KEYWORDS.put(Literals.STAGE, "stage");
		KEYWORDS.put(Literals.RADIATIVE_LINK, "radiation");
		KEYWORDS.put(Literals.GAS_CONDUCTION, "residual gas");
		KEYWORDS.put(Literals.KAPITZA_INTERFACE, "kapitza");
		KEYWORDS.put(Literals.HEAT_LOAD, "load");
		KEYWORDS.put(Literals.CRYOCOOLER, "cryocooler");
		KEYWORDS.put(Literals.REFRIGERATOR, "refrigerator");
		KEYWORDS.put(Literals.DILUTION_REFRIGERATOR, "dilution");
		KEYWORDS.put(Literals.JT_VALVE, "jt valve");
		KEYWORDS.put(Literals.EXPANDER, "expander");
		KEYWORDS.put(Literals.LIQUEFIER, "liquefier");
		KEYWORDS.put(Literals.SHELL, "shell");
		KEYWORDS.put(Literals.REQUIREMENT, "require");
		KEYWORDS.put(Literals.SCENARIO, "scenario");

		ABSTRACT_LABELS.put(Literals.COMPONENT, "component");
		ABSTRACT_LABELS.put(Literals.VACUUM_NODE, "vacuum node (volume, junction or pump)");
		ABSTRACT_LABELS.put(Literals.VOLUME, "volume (chamber, vessel or cryostat)");
		ABSTRACT_LABELS.put(Literals.PUMP, "pump");
		ABSTRACT_LABELS.put(Literals.STAGE, "stage");
		ABSTRACT_LABELS.put(Literals.COLD_SOURCE, "cold source (cryocooler, bath, refrigerator, dilution, jt valve, expander)");
		ABSTRACT_LABELS.put(Literals.GAS_SPECIES, "gas or mixture");
		ABSTRACT_LABELS.put(Literals.MATERIAL, "material");
		ABSTRACT_LABELS.put(Literals.GAS_FLOW, "gas flow");
		ABSTRACT_LABELS.put(Literals.SCENARIO, "scenario");
	}

	private ElementKinds() {
	}

	/** @return the words that introduce this element in a spec, e.g. "chamber", "tsp", "residual gas" */
	public static String keyword(EObject element) {
		if (element instanceof Volume v) {
			return v.getKind().getLiteral();
		}
		if (element instanceof GetterPump g) {
			return g.getKind().getLiteral();
		}
		if (element instanceof ConductiveLink c) {
			return c.getKind().getLiteral();
		}
		if (element instanceof Cryogen c) {
			return c.getKind().getLiteral();
		}
		return keyword(element.eClass());
	}

	/** @return the keyword of a concrete kind, or a readable label of an abstract one */
	public static String keyword(EClass eClass) {
		String keyword = KEYWORDS.get(eClass);
		return keyword != null ? keyword : label(eClass);
	}

	/** @return a readable name for the kind a reference expects, e.g. "vacuum node (volume, junction or pump)" */
	public static String label(EClass eClass) {
		String label = ABSTRACT_LABELS.get(eClass);
		if (label != null) {
			return label;
		}
		String keyword = KEYWORDS.get(eClass);
		if (keyword != null) {
			return keyword;
		}
		return eClass.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
	}

	/** @return every concrete element kind with its keyword (for the completeness test) */
	public static Map<EClass, String> keywords() {
		return Map.copyOf(KEYWORDS);
	}
}
