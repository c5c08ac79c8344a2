package org.cryostudio.diagram.core.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cryostudio.dsl.cryo.Component;
import org.cryostudio.dsl.cryo.CurvePoint;
import org.cryostudio.dsl.cryo.GasValue;
import org.cryostudio.dsl.cryo.LoadPoint;
import org.cryostudio.dsl.cryo.Quantity;
import org.cryostudio.dsl.model.ComponentTypes;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The value lines under a diagram symbol ("V 0.35 m³", "panel 12 K"), read through catalog
 * types so that an instance of a catalog pump shows the type's speed unless it overrides it.
 */
final class Labels {

	private final EObject element;
	private final List<String> lines = new ArrayList<>();

	Labels(EObject element) {
		this.element = element;
	}

	/** Adds "label value" when the element (or its type) sets the quantity. */
	Labels quantity(String label, EStructuralFeature feature) {
		if (ComponentTypes.effective(element, feature) instanceof Quantity q) {
			lines.add(prefix(label) + text(q));
		}
		return this;
	}

	/** Adds the first entry of a per-gas table, "S N₂ 1500 L/s", and "+2" when there are more. */
	Labels firstGas(String label, EStructuralFeature feature) {
		if (element instanceof Component c) {
			Map<String, GasValue> table = ComponentTypes.perGas(c, feature);
			if (!table.isEmpty()) {
				Map.Entry<String, GasValue> first = table.entrySet().iterator().next();
				String more = table.size() > 1 ? "  (+" + (table.size() - 1) + ")" : "";
				lines.add(prefix(label) + first.getKey() + " " + text(first.getValue().getValue()) + more);
			}
		}
		return this;
	}

	/** Adds the first point of a speed curve or capacity list. */
	Labels firstPoint(String label, EStructuralFeature feature) {
		if (ComponentTypes.effective(element, feature) instanceof List<?> list && !list.isEmpty()) {
			String more = list.size() > 1 ? "  (+" + (list.size() - 1) + ")" : "";
			switch (list.get(0)) {
				case CurvePoint p -> lines.add(prefix(label) + text(p.getValue())
						+ (p.getPressure() != null ? " at " + text(p.getPressure()) : "") + more);
				case LoadPoint p -> lines.add(prefix(label) + text(p.getPower())
						+ (p.getTemperature() != null ? " at " + text(p.getTemperature()) : "") + more);
				default -> {
					// not a point list
				}
			}
		}
		return this;
	}

	Labels text(String line) {
		if (line != null && !line.isBlank()) {
			lines.add(line);
		}
		return this;
	}

	List<String> lines() {
		return lines;
	}

	private static String prefix(String label) {
		return label.isEmpty() ? "" : label + " ";
	}

	static String text(Quantity q) {
		return q == null ? "?" : ValueText.of(q, q.getValue(), q.getUnit());
	}
}
