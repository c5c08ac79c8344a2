package org.cryostudio.report.design;

import java.util.List;
import java.util.Objects;

/**
 * The inputs of one element of a design, in the order they are written.
 *
 * @param name     qualified name
 * @param kind     what the element is, e.g. "cryopump"
 * @param location "file:line" of its declaration
 * @param values   its inputs
 */
public record ElementInputs(String name, String kind, String location, List<InputValue> values) {
	public ElementInputs {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(location, "location");
		values = List.copyOf(values);
	}
}
