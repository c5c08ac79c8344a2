package org.cryostudio.dsl.validation;

import java.util.List;

import org.cryostudio.dsl.cryo.CryoPackage;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/**
 * Base of the validators by topic (units, references, imports, library, requirements, and the
 * physics rules to come). Each is listed in {@link CryoValidator}'s {@code @ComposedChecks}
 * and is not registered on its own.
 */
public abstract class CryoCheck extends AbstractDeclarativeValidator {

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(CryoPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into CryoValidator
	}
}
