package org.cryostudio.report.design;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/** The requirements a design states, as written, with their lines. */
public final class SpecRequirements {

	/**
	 * @param text     the requirement as written, without the keyword, e.g. "pressure(growth) < 5e-9 Pa after 24 h"
	 * @param location "file:line"
	 */
	public record Stated(String text, String location) {
	}

	private SpecRequirements() {
	}

	/** @return the requirements in spec order */
	public static List<Stated> of(Resource resource) {
		List<Stated> out = new ArrayList<>();
		TreeIterator<EObject> it = resource.getAllContents();
		while (it.hasNext()) {
			EObject o = it.next();
			if (o.eClass().getName().equals("Requirement")) {
				out.add(new Stated(SpecNodes.text(o).replaceFirst("^require\\s+", ""), SpecNodes.location(o)));
				it.prune();
			}
		}
		return out;
	}
}
