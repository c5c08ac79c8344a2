package org.cryostudio.physics.props;

import java.util.List;
import java.util.Map;

import org.cryostudio.physics.model.ValidityRange;

/**
 * The answer of {@link PropertyCalculator}: what was asked, the value in SI with its unit, the
 * model and its literature source, and whether the inputs lay inside the model's validity range.
 *
 * @param property   property name as asked, e.g. "psat"
 * @param gas        gas symbol, e.g. "N2"
 * @param inputs     the inputs in SI: name ("T", "p") to {value, unit}
 * @param value      the value, SI (0 when there is no answer: then valid is false)
 * @param unit       SI unit symbol of the value, e.g. "Pa"
 * @param model      short model name
 * @param source     literature source of the model
 * @param valid      true when inside the model's validity range
 * @param validRange validity ranges of the model's inputs
 * @param warnings   why the value may not be trusted (printed on stderr by the CLI)
 */
public record PropertyResult(String property, String gas, Map<String, Input> inputs, double value, String unit,
		String model, String source, boolean valid, List<ValidityRange> validRange, List<String> warnings) {

	/** One input in SI. */
	public record Input(double value, String unit) {
	}

	public PropertyResult {
		inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
		validRange = List.copyOf(validRange);
		warnings = List.copyOf(warnings);
	}

	/**
	 * The JSON document of the {@code cryo props --json} contract (CLI.md):
	 * {"property","gas","inputs":{...},"value","unit","model","source","valid","validRange":{...}}.
	 * Inputs and ranges are objects keyed by quantity name: {"T":{"value":77,"unit":"K"}} and
	 * {"T":{"min":63.151,"max":2000,"unit":"K"}}. Warnings are not part of the document.
	 */
	public String toJson() {
		StringBuilder sb = new StringBuilder(256);
		sb.append("{\"property\":");
		Json.string(sb, property);
		sb.append(",\"gas\":");
		Json.string(sb, gas);
		sb.append(",\"inputs\":{");
		boolean first = true;
		for (var e : inputs.entrySet()) {
			if (!first) {
				sb.append(',');
			}
			first = false;
			Json.string(sb, e.getKey());
			sb.append(":{\"value\":");
			Json.number(sb, e.getValue().value());
			sb.append(",\"unit\":");
			Json.string(sb, e.getValue().unit());
			sb.append('}');
		}
		sb.append("},\"value\":");
		Json.number(sb, value);
		sb.append(",\"unit\":");
		Json.string(sb, unit);
		sb.append(",\"model\":");
		Json.string(sb, model);
		sb.append(",\"source\":");
		Json.string(sb, source);
		sb.append(",\"valid\":").append(valid);
		sb.append(",\"validRange\":{");
		first = true;
		for (ValidityRange r : validRange) {
			if (!first) {
				sb.append(',');
			}
			first = false;
			Json.string(sb, r.quantity());
			sb.append(":{\"min\":");
			Json.number(sb, r.min());
			sb.append(",\"max\":");
			Json.number(sb, r.max());
			sb.append(",\"unit\":");
			Json.string(sb, r.unit());
			sb.append('}');
		}
		sb.append("}}");
		return sb.toString();
	}
}
