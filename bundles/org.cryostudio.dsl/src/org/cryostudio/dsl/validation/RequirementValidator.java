package org.cryostudio.dsl.validation;

import java.util.EnumMap;
import java.util.Map;

import org.cryostudio.dsl.cryo.Component;
import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.Metric;
import org.cryostudio.dsl.cryo.Requirement;
import org.cryostudio.dsl.model.ElementKinds;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.validation.Check;

/** A requirement measures something its subject has: the pressure of a volume, the margin of a stage ... */
public class RequirementValidator extends CryoCheck {

	private static final Map<Metric, EClass> SUBJECTS = new EnumMap<>(Metric.class);

	static {
		SUBJECTS.put(Metric.PRESSURE, Literals.VACUUM_NODE);
		SUBJECTS.put(Metric.PARTIAL_PRESSURE, Literals.VACUUM_NODE);
		SUBJECTS.put(Metric.TEMPERATURE, Literals.STAGE);
		SUBJECTS.put(Metric.HEAT_LOAD, Literals.STAGE);
		SUBJECTS.put(Metric.MARGIN, Literals.STAGE);
		SUBJECTS.put(Metric.COOLDOWN, Literals.STAGE);
		SUBJECTS.put(Metric.REGENERATION, Literals.PUMP);
		SUBJECTS.put(Metric.SAFETY_FACTOR, Literals.SHELL);
		SUBJECTS.put(Metric.YIELD, Literals.LIQUEFIER);
	}

	/** @return the kind of element a metric applies to */
	public static EClass subjectOf(Metric metric) {
		return SUBJECTS.get(metric);
	}

	@Check
	public void checkSubject(Requirement requirement) {
		Component subject = requirement.getSubject();
		EClass expected = SUBJECTS.get(requirement.getMetric());
		if (subject != null && !subject.eIsProxy() && expected != null && !expected.isInstance(subject)) {
			error(requirement.getMetric().getLiteral() + "(...) applies to a " + ElementKinds.label(expected) + "; "
					+ subject.getName() + " is a " + ElementKinds.keyword(subject), Literals.REQUIREMENT__SUBJECT,
					IssueCodes.REQUIREMENT_SUBJECT);
		}
		boolean partial = requirement.getMetric() == Metric.PARTIAL_PRESSURE;
		if (partial && requirement.getGas() == null) {
			error("partialPressure(VOLUME, GAS) names the gas", Literals.REQUIREMENT__METRIC, IssueCodes.REQUIREMENT_GAS);
		} else if (!partial && requirement.getGas() != null) {
			error("only partialPressure(...) names a gas", Literals.REQUIREMENT__GAS, IssueCodes.REQUIREMENT_GAS);
		}
	}
}
