package org.cryostudio.report.design;

import java.util.Objects;

/**
 * A surface of a design cold enough to condense gas: a cryopump's panel or baffle, a cold trap.
 *
 * @param element        qualified name of the element it belongs to
 * @param surface        "panel", "baffle", "surface"
 * @param temperature    K
 * @param location       "file:line" of its temperature
 * @param gasTemperature temperature of the gas arriving at it, K (the wall of the vessel it pumps)
 * @param gasOrigin      where {@code gasTemperature} comes from ("file:line", or the assumption made)
 * @param assumed        true when no vessel temperature was found and room temperature was assumed
 */
public record ColdSurface(String element, String surface, double temperature, String location, double gasTemperature,
		String gasOrigin, boolean assumed) {

	public ColdSurface {
		Objects.requireNonNull(element, "element");
		Objects.requireNonNull(surface, "surface");
		Objects.requireNonNull(location, "location");
		Objects.requireNonNull(gasOrigin, "gasOrigin");
	}

	/** @return e.g. "cp panel" */
	public String label() {
		return element + " " + surface;
	}
}
