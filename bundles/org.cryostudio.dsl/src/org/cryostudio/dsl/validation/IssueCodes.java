package org.cryostudio.dsl.validation;

/**
 * The stable issue codes of {@code cryo check}, the language server and quick fixes. Scripts and
 * quick fixes rely on them: never rename one. Xtext's own syntax and linking diagnostics are
 * reported as {@link #SYNTAX} and {@link #UNRESOLVED_REFERENCE} by the command line.
 */
public final class IssueCodes {

	/** A syntax error (reported by the parser). */
	public static final String SYNTAX = "syntax";
	/** A name that resolves to nothing of the expected kind. */
	public static final String UNRESOLVED_REFERENCE = "unresolved-reference";
	/** Two elements with the same qualified name. */
	public static final String DUPLICATE_NAME = "duplicate-name";

	// units and values
	/** A number without unit where the property has a dimension; located at the number. */
	public static final String UNIT_MISSING = "unit-missing";
	/** A unit of the wrong dimension for the property (or a unit on a count); located at the unit. */
	public static final String UNIT_DIMENSION = "unit-dimension";
	/** Unit text that is not a unit. */
	public static final String UNIT_UNKNOWN = "unit-unknown";
	/** A value outside what the property admits (negative length, emissivity above 1, fractional count). */
	public static final String VALUE_RANGE = "value-range";

	// structure
	/** The same property written twice in one element. */
	public static final String DUPLICATE_PROPERTY = "duplicate-property";
	/** The same gas twice in one per-gas table. */
	public static final String DUPLICATE_GAS = "duplicate-gas";
	/** A catalog type that (indirectly) extends itself, or a material based on itself. */
	public static final String TYPE_CYCLE = "type-cycle";
	/** An instance in a system without the connection its kind needs (a tube's from/to ...). */
	public static final String CONNECTION_MISSING = "connection-missing";
	/** A connection written on a catalog entry (types are connected through their instances). */
	public static final String CONNECTION_IN_CATALOG = "connection-in-catalog";
	/** A conductance or link from an element to itself. */
	public static final String CONNECTION_LOOP = "connection-loop";
	/** A stage held in contradictory ways (fixed, floating, cooled by). */
	public static final String STAGE_HOLD = "stage-hold";
	/** A cooler stage number other than 1 or 2. */
	public static final String COOLER_STAGE = "cooler-stage";

	// imports
	/** An absolute import path or a URI. */
	public static final String IMPORT_ABSOLUTE = "import-absolute";
	/** An import leading above the project root. */
	public static final String IMPORT_OUTSIDE_ROOT = "import-outside-root";
	/** An import of a file that does not exist. */
	public static final String IMPORT_NOT_FOUND = "import-not-found";

	// library
	/** A gas declaration the physics library has no data for. */
	public static final String GAS_UNKNOWN = "gas-unknown";
	/** A material declaration without base that the physics library has no data for. */
	public static final String MATERIAL_UNKNOWN = "material-unknown";
	/** Mole fractions of a mixture that do not add up to 1. */
	public static final String MIXTURE_SUM = "mixture-sum";
	/** A mixture listing another mixture. */
	public static final String MIXTURE_NESTED = "mixture-nested";

	// requirements
	/** A requirement whose subject is not what its metric measures (pressure of a stage ...). */
	public static final String REQUIREMENT_SUBJECT = "requirement-subject";
	/** A partial-pressure requirement without gas, or a gas on another metric. */
	public static final String REQUIREMENT_GAS = "requirement-gas";

	// physics rules (issue 6): what a cryogenic / vacuum design reviewer checks. Every one of them
	// computes with org.cryostudio.physics and says why, with numbers and units. Codes with quick
	// fixes carry their text edits as issue data (see PhysicsFixes).
	/** A Joule-Thomson expansion (jt valve, liquefier) above the gas's inversion temperature: the stream warms. */
	public static final String JT_ABOVE_INVERSION = "jt-above-inversion";
	/** A molecular-flow rating (pump speed, fixed transmission) used where the flow is viscous, or an insulating vacuum whose Kn at the gap is below 1. */
	public static final String KNUDSEN_REGIME = "knudsen-regime";
	/** A required (partial) pressure below the vapour-pressure floor of the gases held on the coldest pumping surface. */
	public static final String VAPOR_PRESSURE_FLOOR = "vapor-pressure-floor";
	/** A condensation-only surface expected to pump H2, D2, He or Ne at a temperature where it cannot. */
	public static final String NOT_CONDENSABLE = "not-condensable";
	/** A cooler or refrigerator claiming more cooling per input power than Carnot allows. */
	public static final String CARNOT_EXCEEDED = "carnot-exceeded";
	/** The heat load on a stage above its cooler's capacity (error), or below the required margin (warning). */
	public static final String COOLER_CAPACITY = "cooler-capacity";
	/** Temperatures in the wrong order: baffle colder than its panel, cooler stages, bath below its boiling point, heat-exchanger cross. */
	public static final String TEMPERATURE_ORDER = "temperature-order";
	/** A liquid bath or a liquefaction specified above the fluid's critical temperature or pressure. */
	public static final String ABOVE_CRITICAL = "above-critical";
	/** He II asked of helium above the lambda point: a stage below 2.1768 K held by a bath that is He I at its pressure. */
	public static final String SUPERFLUID_STATE = "superfluid-state";
	/** A shell whose buckling pressure over its external pressure is below the required safety factor. */
	public static final String BUCKLING_MARGIN = "buckling-margin";
	/** A pump's capacity for a gas exhausted within a scenario, or before the required regeneration interval. */
	public static final String CRYOPUMP_SATURATION = "cryopump-saturation";
	/** A value outside the validity range of the property model a rule needs: the rule says so instead of extrapolating. */
	public static final String PROPERTY_RANGE = "property-range";

	private IssueCodes() {
	}
}
