package org.cryostudio.analysis.result;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A requirement as a solver checked it.
 *
 * @param text    the requirement as written, e.g. "pressure(growth) < 5e-9 Pa after 24 h"
 * @param element the element it constrains
 * @param status  pass, fail, or unknown (the solver could not decide; {@code value} may be empty)
 * @param value   the value found, SI (empty when unknown)
 * @param limit   the limit, SI
 * @param unit    SI unit of value and limit
 * @param reason  why, in one line (shown by reports; may be empty)
 */
public record RequirementVerdict(String text, String element, Verdict status, OptionalDouble value, double limit,
		String unit, String reason) {

	public RequirementVerdict {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(element, "element");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(unit, "unit");
		reason = reason == null ? "" : reason;
		if (value.isPresent()) {
			Finite.check(value.getAsDouble(), element, "requirement value");
		}
		Finite.check(limit, element, "requirement limit");
	}

	/** @return a decided verdict */
	public static RequirementVerdict decided(String text, String element, boolean pass, double value, double limit,
			String unit, String reason) {
		return new RequirementVerdict(text, element, pass ? Verdict.PASS : Verdict.FAIL, OptionalDouble.of(value), limit,
				unit, reason);
	}

	/** @return an undecided verdict with its reason */
	public static RequirementVerdict unknown(String text, String element, double limit, String unit, String reason) {
		return new RequirementVerdict(text, element, Verdict.UNKNOWN, OptionalDouble.empty(), limit, unit, reason);
	}
}
