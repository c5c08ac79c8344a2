package org.cryostudio.dsl.validation;

import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.CryoSystem;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Base of the physics rules: reports at the value a finding is about when the element writes it
 * itself, else at the element's name (a value inherited from a catalog type is reported on the
 * instance that uses it), with the quick fixes as issue data.
 */
abstract class PhysicsCheck extends CryoCheck {

	/** Reports an error at the element's own value of the feature, or at its name. */
	protected void errorAt(EObject element, EStructuralFeature feature, String message, String code, PhysicsFixes fixes) {
		report(true, element, feature, message, code, fixes);
	}

	/** Reports a warning at the element's own value of the feature, or at its name. */
	protected void warningAt(EObject element, EStructuralFeature feature, String message, String code, PhysicsFixes fixes) {
		report(false, element, feature, message, code, fixes);
	}


	private void report(boolean error, EObject element, EStructuralFeature feature, String message, String code,
			PhysicsFixes fixes) {
		EStructuralFeature at = feature != null && SpecValues.isLocal(element, feature) ? feature : Literals.ELEMENT__NAME;
		String[] data = fixes == null ? new String[0] : fixes.data();
		if (error) {
			error(message, element, at, code, data);
		} else {
			warning(message, element, at, code, data);
		}
	}

	/** @return true for an element inside a system (instances are checked; catalog types only through them) */
	protected static boolean inSystem(EObject element) {
		return element.eContainer() instanceof CryoSystem;
	}

	/** @return the name of an element for messages */
	protected static String name(EObject element) {
		return VacuumNetwork.name(element);
	}
}
