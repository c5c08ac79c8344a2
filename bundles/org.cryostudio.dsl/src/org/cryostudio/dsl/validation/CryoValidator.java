package org.cryostudio.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The Cryo validator: composes the validators by topic. A new rule family (Knudsen regime,
 * vapour-pressure floor, Carnot limit, cooler capacity, buckling ...) is a new {@link CryoCheck}
 * subclass added to this list, with its issue codes in {@link IssueCodes}.
 */
@ComposedChecks(validators = { UnitValidator.class, PropertyValidator.class, ReferenceValidator.class,
		ImportValidator.class, LibraryValidator.class, RequirementValidator.class, ExpansionValidator.class,
		FlowRegimeValidator.class, CryopumpingValidator.class, RefrigerationValidator.class, HeatLoadValidator.class,
		BucklingValidator.class, SaturationValidator.class })
public class CryoValidator extends AbstractCryoValidator {
}
