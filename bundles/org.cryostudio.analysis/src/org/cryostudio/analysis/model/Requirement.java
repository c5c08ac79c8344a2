package org.cryostudio.analysis.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.cryostudio.analysis.result.RequirementVerdict;
import org.cryostudio.physics.fluids.Gas;

/**
 * A requirement of the spec: a quantity of an element compared with a limit, e.g. the total
 * pressure of a volume below 5e-9 Pa after 24 h. Solvers that compute the quantity give the
 * verdict ({@link #verdict}); the others leave it alone.
 *
 * @param text     as written in the spec (reports quote it)
 * @param kind     what is constrained
 * @param element  qualified name of the element
 * @param gas      for partial pressures
 * @param below    true: value must stay below the limit; false: above
 * @param limit    SI
 * @param after    time after which it must hold (pump-down), s
 * @param during   the scenario during which it must hold (a process or burn scenario), empty for
 *                 the system at rest
 */
public record Requirement(String text, Kind kind, String element, Optional<Gas> gas, boolean below, double limit,
		OptionalDouble after, Optional<String> during) {

	/** A requirement on the system at rest (no scenario). */
	public Requirement(String text, Kind kind, String element, Optional<Gas> gas, boolean below, double limit,
			OptionalDouble after) {
		this(text, kind, element, gas, below, limit, after, Optional.empty());
	}

	/** Quantities a requirement can constrain, with their SI unit. */
	public enum Kind {
		PRESSURE("Pa"), PARTIAL_PRESSURE("Pa"), PUMPDOWN_TIME("s"), HEAT_LOAD("W"), HEAT_LOAD_MARGIN("1"),
		TEMPERATURE("K"), COOLDOWN_TIME("s"), REGENERATION_INTERVAL("s"), INPUT_POWER("W"), LIQUID_YIELD("1"),
		LIQUID_PRODUCTION("kg/s"), SAFETY_FACTOR("1");

		private final String unit;

		Kind(String unit) {
			this.unit = unit;
		}

		public String unit() {
			return unit;
		}
	}

	public Requirement {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(element, "element");
		Objects.requireNonNull(during, "during");
		if (!Double.isFinite(limit)) {
			throw new InvalidModelException(element, "requirement limit must be finite: " + text);
		}
	}

	/** @return a decided verdict for a computed value */
	public RequirementVerdict verdict(double value, String reason) {
		boolean pass = below ? value <= limit : value >= limit;
		return RequirementVerdict.decided(text, element, pass, value, limit, kind.unit(), reason);
	}

	/** @return an undecided verdict */
	public RequirementVerdict unknown(String reason) {
		return RequirementVerdict.unknown(text, element, limit, kind.unit(), reason);
	}
}
