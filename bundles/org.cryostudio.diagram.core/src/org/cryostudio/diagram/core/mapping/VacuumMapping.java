package org.cryostudio.diagram.core.mapping;

import java.util.ArrayList;
import java.util.List;

import org.cryostudio.diagram.core.scene.EdgeSymbol;
import org.cryostudio.diagram.core.scene.NodeSymbol;
import org.cryostudio.diagram.core.scene.Scene;
import org.cryostudio.diagram.core.scene.SceneEdge;
import org.cryostudio.diagram.core.scene.SceneNode;
import org.cryostudio.dsl.cryo.Chamber;
import org.cryostudio.dsl.cryo.CryoSystem;
import org.cryostudio.dsl.cryo.Cryopump;
import org.cryostudio.dsl.cryo.Element;
import org.cryostudio.dsl.cryo.Model;
import org.cryostudio.dsl.cryo.Quantity;
import org.cryostudio.dsl.cryo.Tube;

/** The gas side of a spec: volumes and pumps as nodes, conductance elements as connections. */
final class VacuumMapping {

	private VacuumMapping() {
	}

	static void map(Model model, Scene scene, Names names) {
		List<Tube> tubes = new ArrayList<>();
		for (CryoSystem system : model.getSystems()) {
			for (Element e : system.getElements()) {
				String id = names.of(e);
				if (id == null) {
					continue;
				}
				switch (e) {
					case Chamber c -> scene.add(new SceneNode(id, id, c.getName(), NodeSymbol.CHAMBER,
							values("V", c.getVolume(), "T", c.getTemperature())));
					case Cryopump c -> scene.add(new SceneNode(id, id, c.getName(), NodeSymbol.CRYOPUMP,
							values("panel", c.getPanelTemperature(), "A", c.getPanelArea())));
					case Tube t -> tubes.add(t);
					default -> {
						// not part of the vacuum view
					}
				}
			}
		}
		for (Tube t : tubes) {
			String id = names.of(t);
			String from = names.of(t.getFrom());
			String to = names.of(t.getTo());
			if (from != null && to != null) {
				scene.add(new SceneEdge(id, id, t.getName(), EdgeSymbol.TUBE, from, to,
						values("Ø", t.getDiameter(), "L", t.getLength())));
			}
		}
	}

	/** @return "symbol = value" for each present quantity of the (symbol, quantity) pairs */
	static List<String> values(Object... pairs) {
		List<String> result = new ArrayList<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			if (pairs[i + 1] instanceof Quantity q) {
				result.add(pairs[i] + " " + ValueText.of(q, q.getValue(), q.getUnit()));
			}
		}
		return result;
	}
}
