package org.cryostudio.dsl.validation;

import org.cryostudio.dsl.cryo.CryoPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.validation.NamesAreUniqueValidationHelper;

import com.google.common.collect.ImmutableSet;

/** One namespace for every kind of element: a chamber and a stage may not share a qualified name. */
public class CryoNamesAreUniqueValidationHelper extends NamesAreUniqueValidationHelper {

	@Override
	protected ImmutableSet<EClass> getClusterTypes() {
		return ImmutableSet.of(CryoPackage.Literals.ELEMENT);
	}

	@Override
	protected String getErrorCode() {
		return IssueCodes.DUPLICATE_NAME;
	}
}
