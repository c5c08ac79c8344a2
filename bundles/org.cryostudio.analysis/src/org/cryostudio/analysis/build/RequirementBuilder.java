package org.cryostudio.analysis.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.cryostudio.analysis.model.Requirement;
import org.cryostudio.dsl.cryo.Comparison;
import org.cryostudio.dsl.cryo.Element;
import org.cryostudio.physics.fluids.Gas;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/** Turns the {@code require} lines of a system into requirements the solvers verify. */
final class RequirementBuilder {

	private RequirementBuilder() {
	}

	static List<Requirement> build(String prefix, List<Element> members) {
		List<Requirement> list = new ArrayList<>();
		for (Element e : members) {
			if (e instanceof org.cryostudio.dsl.cryo.Requirement r && r.getMetric() != null && r.getSubject() != null
					&& r.getLimit() != null) {
				list.add(requirement(prefix, r));
			}
		}
		return list;
	}

	private static Requirement requirement(String prefix, org.cryostudio.dsl.cryo.Requirement r) {
		Requirement.Kind kind = switch (r.getMetric()) {
			case PRESSURE -> Requirement.Kind.PRESSURE;
			case PARTIAL_PRESSURE -> Requirement.Kind.PARTIAL_PRESSURE;
			case TEMPERATURE -> Requirement.Kind.TEMPERATURE;
			case HEAT_LOAD -> Requirement.Kind.HEAT_LOAD;
			case MARGIN -> Requirement.Kind.HEAT_LOAD_MARGIN;
			case COOLDOWN -> Requirement.Kind.COOLDOWN_TIME;
			case REGENERATION -> Requirement.Kind.REGENERATION_INTERVAL;
			case SAFETY_FACTOR -> Requirement.Kind.SAFETY_FACTOR;
			case YIELD -> Requirement.Kind.LIQUID_YIELD;
		};
		Optional<Gas> gas = r.getGas() == null ? Optional.empty() : Optional.of(SpecValues.pureGas(r.getGas(), r));
		if (kind == Requirement.Kind.PARTIAL_PRESSURE && gas.isEmpty()) {
			throw new SpecModelException(SpecValues.line(r), "a partial-pressure requirement needs its gas");
		}
		boolean below = r.getComparison() == Comparison.LESS || r.getComparison() == Comparison.LESS_OR_EQUAL;
		double limit = SpecValues.si(r.getLimit());
		OptionalDouble after = r.getAfter() == null ? OptionalDouble.empty() : OptionalDouble.of(SpecValues.si(r.getAfter()));
		Optional<String> during = r.getScenario() == null ? Optional.empty() : Optional.of(r.getScenario().getName());
		return SpecValues.guard(r, () -> new Requirement(text(r), kind, prefix + r.getSubject().getName(), gas, below, limit,
				after, during));
	}

	/** @return the requirement as written, without the keyword, its name and comments */
	static String text(org.cryostudio.dsl.cryo.Requirement r) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(r);
		if (node == null) {
			return r.getMetric().getLiteral() + "(" + r.getSubject().getName() + ")";
		}
		StringBuilder b = new StringBuilder();
		for (org.eclipse.xtext.nodemodel.ILeafNode leaf : node.getLeafNodes()) {
			if (!leaf.isHidden()) {
				String t = leaf.getText();
				boolean tight = t.equals("(") || t.equals(")") || t.equals(",") || t.equals("*") || t.equals("/")
						|| b.length() == 0 || b.charAt(b.length() - 1) == '(' || b.charAt(b.length() - 1) == '*'
						|| b.charAt(b.length() - 1) == '/';
				if (b.length() > 0 && !tight) {
					b.append(' ');
				}
				if (t.equals(",")) {
					b.append(", ");
					continue;
				}
				b.append(t);
			}
		}
		String text = b.toString().replace(",  ", ", ").replaceFirst("^require\\s+", "");
		if (r.getName() != null) {
			text = text.replaceFirst("^" + java.util.regex.Pattern.quote(r.getName()) + "\\s*:\\s*", "");
		}
		return text.trim();
	}
}
