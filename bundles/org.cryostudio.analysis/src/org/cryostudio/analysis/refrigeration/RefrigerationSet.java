package org.cryostudio.analysis.refrigeration;

import java.util.List;

/**
 * The refrigeration stages of a system.
 *
 * @param valves      Joule-Thomson valves
 * @param expanders   expanders
 * @param liquefiers  Linde-Hampson liquefiers
 * @param dilution    dilution refrigerators
 */
public record RefrigerationSet(List<JouleThomsonValve> valves, List<Expander> expanders, List<Liquefier> liquefiers,
		List<DilutionStage> dilution) {

	public static final RefrigerationSet EMPTY = new RefrigerationSet(List.of(), List.of(), List.of(), List.of());

	public RefrigerationSet {
		valves = List.copyOf(valves);
		expanders = List.copyOf(expanders);
		liquefiers = List.copyOf(liquefiers);
		dilution = List.copyOf(dilution);
	}

	public boolean isEmpty() {
		return valves.isEmpty() && expanders.isEmpty() && liquefiers.isEmpty() && dilution.isEmpty();
	}
}
