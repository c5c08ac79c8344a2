package org.cryostudio.diagram.core.mapping;

import org.cryostudio.diagram.core.scene.Scene;
import org.cryostudio.dsl.cryo.Model;

/** The heat side of a spec: temperature stages as bars, heat paths and cold sources. */
final class ThermalMapping {

	private ThermalMapping() {
	}

	static void map(Model model, Scene scene, Names names) {
		// the language has no thermal elements yet
	}
}
