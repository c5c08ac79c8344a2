package org.cryostudio.report.diff;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One computed number that differs between two versions of a design.
 *
 * @param change   added, removed or changed
 * @param source   what computed it: a solver id, or "condensation floors"
 * @param element  the element it belongs to
 * @param quantity what it is
 * @param unit     SI unit
 * @param before   value in the first version, SI
 * @param after    value in the second version, SI
 */
public record ResultChange(Change change, String source, String element, String quantity, String unit, OptionalDouble before,
		OptionalDouble after) {

	public ResultChange {
		Objects.requireNonNull(change, "change");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(element, "element");
		Objects.requireNonNull(quantity, "quantity");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(before, "before");
		Objects.requireNonNull(after, "after");
	}

	/** @return after − before, when both exist */
	public OptionalDouble absolute() {
		return before.isPresent() && after.isPresent() ? OptionalDouble.of(after.getAsDouble() - before.getAsDouble())
				: OptionalDouble.empty();
	}

	/** @return (after − before) / |before|, when both exist and before is not zero */
	public OptionalDouble relative() {
		return before.isPresent() && after.isPresent() && before.getAsDouble() != 0
				? OptionalDouble.of((after.getAsDouble() - before.getAsDouble()) / Math.abs(before.getAsDouble()))
				: OptionalDouble.empty();
	}
}
