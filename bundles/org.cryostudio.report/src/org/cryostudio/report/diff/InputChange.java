package org.cryostudio.report.diff;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

import org.cryostudio.report.design.InputValue;

/**
 * One input of a design that differs between two versions: as written in each, with the SI
 * values and the lines they are written on.
 *
 * @param change   added, removed or changed
 * @param element  qualified element name
 * @param property e.g. "panel temperature", "speed N2"
 * @param before   the input in the first version
 * @param after    the input in the second version
 */
public record InputChange(Change change, String element, String property, Optional<InputValue> before,
		Optional<InputValue> after) {

	public InputChange {
		Objects.requireNonNull(change, "change");
		Objects.requireNonNull(element, "element");
		Objects.requireNonNull(property, "property");
		Objects.requireNonNull(before, "before");
		Objects.requireNonNull(after, "after");
	}

	/** @return after − before in SI, when both are numbers in the same SI unit */
	public OptionalDouble absolute() {
		if (before.isPresent() && after.isPresent() && before.get().si().isPresent() && after.get().si().isPresent()
				&& before.get().siUnit().equals(after.get().siUnit())) {
			return OptionalDouble.of(after.get().si().getAsDouble() - before.get().si().getAsDouble());
		}
		return OptionalDouble.empty();
	}

	/** @return (after − before) / |before|, when {@link #absolute()} exists and before is not zero */
	public OptionalDouble relative() {
		OptionalDouble d = absolute();
		if (d.isEmpty()) {
			return d;
		}
		double b = before.get().si().getAsDouble();
		return b == 0 ? OptionalDouble.empty() : OptionalDouble.of(d.getAsDouble() / Math.abs(b));
	}

	/** @return the SI unit of {@link #absolute()}, empty for words */
	public String siUnit() {
		return after.or(() -> before).map(InputValue::siUnit).orElse("");
	}
}
