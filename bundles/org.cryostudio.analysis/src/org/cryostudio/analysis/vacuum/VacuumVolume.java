package org.cryostudio.analysis.vacuum;

import org.cryostudio.analysis.model.Check;

/**
 * A vacuum volume (chamber, vessel, insulating vacuum): one node of the network, well mixed.
 *
 * @param name        qualified element name
 * @param volume      m3 (&gt; 0)
 * @param wallArea    m2 (&gt;= 0; outgassing loads refer to it when they give no area of their own)
 * @param temperature gas temperature, K (&gt; 0)
 */
public record VacuumVolume(String name, double volume, double wallArea, double temperature) {

	public VacuumVolume {
		Check.positive(name, "volume", volume, "m3");
		Check.nonNegative(name, "wall area", wallArea, "m2");
		Check.positive(name, "temperature", temperature, "K");
	}
}
