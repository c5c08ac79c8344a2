package org.cryostudio.report.design;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One input of a design as the spec states it.
 *
 * @param element  qualified name of the element, e.g. "QuickstartChamber.cp"
 * @param property what it is, e.g. "panel temperature", "speed N2"
 * @param written  the value as written, e.g. "12 K", "N2, H2O, H2", "main"
 * @param si       the value in SI for a number with a unit; empty for names and words
 * @param siUnit   the SI unit symbol of {@code si}; empty without one
 * @param file     the spec file it is written in
 * @param line     the line it is written on
 * @param type     the catalog type the element takes this value from; empty for its own values
 */
public record InputValue(String element, String property, String written, OptionalDouble si, String siUnit, String file,
		int line, String type) {

	public InputValue {
		Objects.requireNonNull(element, "element");
		Objects.requireNonNull(property, "property");
		Objects.requireNonNull(written, "written");
		Objects.requireNonNull(si, "si");
		Objects.requireNonNull(siUnit, "siUnit");
		Objects.requireNonNull(file, "file");
		Objects.requireNonNull(type, "type");
	}

	/** @return this value as an element takes it from its catalog type */
	public InputValue inheritedBy(String instance, String typeName) {
		return new InputValue(instance, property, written, si, siUnit, file, line, typeName);
	}

	/** @return "file:line" */
	public String location() {
		return file + ":" + line;
	}

	/** @return the key that matches this input across two versions of a design */
	public String key() {
		return element + " / " + property;
	}
}
