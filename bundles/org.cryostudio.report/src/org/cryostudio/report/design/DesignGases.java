package org.cryostudio.report.design;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.cryostudio.dsl.cryo.GasSpecies;
import org.cryostudio.dsl.cryo.GasValue;
import org.cryostudio.dsl.cryo.Mixture;
import org.cryostudio.dsl.model.LibraryLinks;
import org.cryostudio.physics.fluids.Gas;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * The pure gases a design uses: every gas a spec refers to (sources, per-gas tables,
 * requirements), mixtures taken apart into their species, in the order they first appear.
 */
public final class DesignGases {

	private DesignGases() {
	}

	/** @return the physics gases of the resource's references and declarations */
	public static List<Gas> of(Resource resource) {
		Set<Gas> gases = new LinkedHashSet<>();
		TreeIterator<EObject> it = resource.getAllContents();
		while (it.hasNext()) {
			EObject o = it.next();
			if (o instanceof GasSpecies declared) {
				add(declared, gases);
			}
			for (EReference r : o.eClass().getEAllReferences()) {
				if (r.isContainment() || r.isMany() || !GasSpecies.class.isAssignableFrom(r.getEReferenceType().getInstanceClass())) {
					continue;
				}
				if (o.eGet(r, true) instanceof GasSpecies g && !g.eIsProxy()) {
					add(g, gases);
				}
			}
		}
		return List.copyOf(gases);
	}

	private static void add(GasSpecies species, Set<Gas> gases) {
		if (species instanceof Mixture m) {
			for (GasValue part : m.getFractions()) {
				if (part.getGas() != null && !part.getGas().eIsProxy() && !(part.getGas() instanceof Mixture)) {
					LibraryLinks.gas(part.getGas()).ifPresent(gases::add);
				}
			}
		} else {
			LibraryLinks.gas(species).ifPresent(gases::add);
		}
	}
}
