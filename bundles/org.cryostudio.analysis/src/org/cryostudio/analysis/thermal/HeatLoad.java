package org.cryostudio.analysis.thermal;

import org.cryostudio.analysis.model.Check;

/**
 * A fixed heat load on a node: dissipation, nuclear heating, a current lead's share.
 *
 * @param name  element name
 * @param node  node heated
 * @param power W (&gt;= 0)
 */
public record HeatLoad(String name, String node, double power) {

	public HeatLoad {
		Check.nonNegative(name, "power", power, "W");
	}
}
