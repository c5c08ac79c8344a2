package org.cryostudio.physics.model;

import java.util.List;

/**
 * A value computed by a physics model together with what a reviewer needs to trust it: the
 * model that produced it, the literature source, whether the inputs lay inside the model's
 * validity range, and warnings. Models never extrapolate silently: outside their range they
 * still return their best value but with {@code valid == false} and a warning, and the caller
 * decides what to do.
 *
 * @param value    the value in SI units (never NaN: an impossible answer is {@link #invalid})
 * @param unit     SI unit symbol, e.g. "Pa"
 * @param valid    true when every input lay inside the model's validity range
 * @param model    short model name, e.g. "Fray & Schmitt (2009) sublimation fit"
 * @param source   literature reference of the model's data
 * @param ranges   validity ranges of the inputs
 * @param warnings human-readable reasons why the value may not be trusted; empty when valid
 */
public record ModelResult(double value, String unit, boolean valid, String model, String source,
		List<ValidityRange> ranges, List<String> warnings) {

	public ModelResult {
		ranges = List.copyOf(ranges);
		warnings = List.copyOf(warnings);
	}

	/** A value inside the model's range. */
	public static ModelResult of(double value, String unit, String model, String source, List<ValidityRange> ranges) {
		return new ModelResult(value, unit, true, model, source, ranges, List.of());
	}

	/** A value with no answer at all (e.g. no correlation exists); value is 0 and valid is false. */
	public static ModelResult invalid(String unit, String model, String source, List<ValidityRange> ranges,
			String warning) {
		return new ModelResult(0.0, unit, false, model, source, ranges, List.of(warning));
	}

	/** @return this result marked invalid with one more warning */
	public ModelResult withWarning(String warning) {
		var all = new java.util.ArrayList<>(warnings);
		all.add(warning);
		return new ModelResult(value, unit, false, model, source, ranges, all);
	}
}
