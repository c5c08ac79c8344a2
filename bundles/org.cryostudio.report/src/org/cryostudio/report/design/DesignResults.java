package org.cryostudio.report.design;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;

/**
 * The numbers computed from a design that a design diff compares: the condensation floor of
 * every gas on every cold surface (only finite values of gases that condense there).
 */
public final class DesignResults {

	public static final String FLOORS = "condensation floors";

	private DesignResults() {
	}

	/** @return the results, in a stable order */
	public static List<ResultValue> of(Resource resource) {
		List<ResultValue> out = new ArrayList<>();
		List<CondensationFloor> floors = CondensationFloor.of(ColdSurfaces.find(resource), DesignGases.of(resource));
		for (CondensationFloor f : floors) {
			if (f.condenses()) {
				out.add(new ResultValue(FLOORS, f.surface().element(), "pressure floor of " + f.gas().symbol() + " at "
						+ f.surface().surface(), f.floor().value(), "Pa"));
			}
		}
		return out;
	}
}
