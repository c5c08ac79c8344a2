package org.cryostudio.diagram.core.mapping;

import static org.cryostudio.dsl.cryo.CryoPackage.Literals.*;

import java.util.List;

import org.cryostudio.diagram.core.scene.EdgeSymbol;
import org.cryostudio.diagram.core.scene.NodeSymbol;
import org.cryostudio.diagram.core.scene.Scene;
import org.cryostudio.diagram.core.scene.SceneEdge;
import org.cryostudio.diagram.core.scene.SceneNode;
import org.cryostudio.dsl.cryo.Baffle;
import org.cryostudio.dsl.cryo.ColdTrap;
import org.cryostudio.dsl.cryo.Conductance;
import org.cryostudio.dsl.cryo.Cryopump;
import org.cryostudio.dsl.cryo.Duct;
import org.cryostudio.dsl.cryo.Elbow;
import org.cryostudio.dsl.cryo.Element;
import org.cryostudio.dsl.cryo.GasFlow;
import org.cryostudio.dsl.cryo.GasSource;
import org.cryostudio.dsl.cryo.GetterKind;
import org.cryostudio.dsl.cryo.GetterPump;
import org.cryostudio.dsl.cryo.IonPump;
import org.cryostudio.dsl.cryo.Junction;
import org.cryostudio.dsl.cryo.Leak;
import org.cryostudio.dsl.cryo.Model;
import org.cryostudio.dsl.cryo.Orifice;
import org.cryostudio.dsl.cryo.Outgassing;
import org.cryostudio.dsl.cryo.Permeation;
import org.cryostudio.dsl.cryo.Pump;
import org.cryostudio.dsl.cryo.RoughingPump;
import org.cryostudio.dsl.cryo.Tube;
import org.cryostudio.dsl.cryo.TurboPump;
import org.cryostudio.dsl.cryo.Valve;
import org.cryostudio.dsl.cryo.ValveState;
import org.cryostudio.dsl.cryo.Volume;
import org.cryostudio.dsl.model.ComponentTypes;
import org.eclipse.emf.ecore.EObject;

/**
 * The gas side of a spec: volumes, junctions, pumps and gas sources as nodes; conductance
 * elements as connections from their {@code from} node to their {@code to} node; a pump mounted
 * {@code on} a node and a source feeding a volume as short connections. Gas flows left to right:
 * sources, volumes, ducts, pumps.
 */
final class VacuumMapping {

	/** Suffix of the id of the connection that shows an element's attachment, not the element itself. */
	static final String ATTACHMENT = "#on";

	private VacuumMapping() {
	}

	static void map(Model model, Scene scene, Names names) {
		List<Element> later = SceneBuilder.addNodes(model, scene, names, VacuumMapping::node).stream()
				.filter(e -> e instanceof Conductance || e instanceof Pump || e instanceof GasSource).toList();
		for (Element e : later) {
			String id = names.of(e);
			switch (e) {
				case Conductance c -> {
					String from = names.of(c.getFrom());
					String to = names.of(c.getTo());
					if (from != null && to != null) {
						scene.add(new SceneEdge(id, id, c.getName(), edgeSymbol(c), from, to, conductanceValues(c)));
					}
				}
				case Pump p -> attach(scene, id, names.of(p.getAttachedTo()), id, EdgeSymbol.MOUNT);
				case GasSource s -> attach(scene, id, id, names.of(fed(s)), EdgeSymbol.GAS_FLOW);
				default -> {
					// nodes only
				}
			}
		}
	}

	private static void attach(Scene scene, String element, String source, String target, EdgeSymbol symbol) {
		if (source != null && target != null) {
			scene.add(new SceneEdge(element + ATTACHMENT, element, "", symbol, source, target, List.of()));
		}
	}

	/** @return the volume a gas source feeds, null when not given */
	static Volume fed(GasSource s) {
		return s.getVolume();
	}

	private static SceneNode node(Element e, String id) {
		String name = e.getName();
		return switch (e) {
			case Volume v -> new SceneNode(id, id, name, NodeSymbol.CHAMBER, new Labels(v)
					.text(v.getKind().getLiteral())
					.quantity("V", VOLUME__VOLUME).quantity("A", VOLUME__WALL_AREA)
					.quantity("T", VOLUME__WALL_TEMPERATURE).lines());
			case Junction j -> new SceneNode(id, id, name, NodeSymbol.JUNCTION, new Labels(j)
					.quantity("V", JUNCTION__VOLUME).lines());
			case RoughingPump p -> new SceneNode(id, id, name, NodeSymbol.ROUGHING_PUMP, new Labels(p)
					.firstPoint("S", ROUGHING_PUMP__SPEED).quantity("p₀", ROUGHING_PUMP__ULTIMATE_PRESSURE).lines());
			case TurboPump p -> new SceneNode(id, id, name, NodeSymbol.TURBO_PUMP, new Labels(p)
					.firstGas("S", TURBO_PUMP__SPEEDS).lines());
			case Cryopump p -> new SceneNode(id, id, name, NodeSymbol.CRYOPUMP, new Labels(p)
					.quantity("baffle", CRYOPUMP__BAFFLE_TEMPERATURE).quantity("panel", CRYOPUMP__PANEL_TEMPERATURE)
					.firstGas("S", CRYOPUMP__SPEEDS).lines());
			case GetterPump p -> new SceneNode(id, id, name,
					p.getKind() == GetterKind.NEG ? NodeSymbol.GETTER_PUMP : NodeSymbol.SUBLIMATION_PUMP,
					new Labels(p).quantity("A", GETTER_PUMP__AREA).firstGas("s", GETTER_PUMP__STICKINGS).lines());
			case IonPump p -> new SceneNode(id, id, name, NodeSymbol.ION_PUMP, new Labels(p)
					.firstGas("S", ION_PUMP__SPEEDS).lines());
			case ColdTrap t -> new SceneNode(id, id, name, NodeSymbol.COLD_TRAP, new Labels(t)
					.quantity("T", COLD_TRAP__TEMPERATURE).quantity("A", COLD_TRAP__AREA).lines());
			case Outgassing o -> new SceneNode(id, id, name, NodeSymbol.GAS_SOURCE, new Labels(o)
					.text(gas(o, GAS_SOURCE__GAS)).quantity("q", OUTGASSING__RATE).lines());
			case Permeation p -> new SceneNode(id, id, name, NodeSymbol.GAS_SOURCE, new Labels(p)
					.text(gas(p, GAS_SOURCE__GAS)).quantity("A", PERMEATION__AREA).lines());
			case Leak l -> new SceneNode(id, id, name, NodeSymbol.LEAK, new Labels(l)
					.text(gas(l, GAS_SOURCE__GAS)).quantity("Q", LEAK__RATE).lines());
			case GasFlow f -> new SceneNode(id, id, name, NodeSymbol.GAS_INLET, new Labels(f)
					.text(gas(f, GAS_SOURCE__GAS)).quantity("Q", GAS_FLOW__THROUGHPUT).lines());
			default -> null;
		};
	}

	private static String gas(EObject source, org.eclipse.emf.ecore.EReference feature) {
		Object gas = ComponentTypes.effective(source, feature);
		return gas instanceof org.cryostudio.dsl.cryo.GasSpecies g && !g.eIsProxy() ? g.getName() : null;
	}

	static EdgeSymbol edgeSymbol(Conductance c) {
		return switch (c) {
			case Tube t -> EdgeSymbol.TUBE;
			case Orifice o -> EdgeSymbol.ORIFICE;
			case Duct d -> EdgeSymbol.RECT_DUCT;
			case Elbow e -> EdgeSymbol.ELBOW;
			case Baffle b -> EdgeSymbol.BAFFLE;
			case Valve v -> ComponentTypes.effective(v, VALVE__STATE) == ValveState.CLOSED ? EdgeSymbol.VALVE_CLOSED : EdgeSymbol.VALVE_OPEN;
			default -> EdgeSymbol.GENERIC;
		};
	}

	private static List<String> conductanceValues(Conductance c) {
		return switch (c) {
			case Tube t -> new Labels(t).quantity("Ø", TUBE__DIAMETER).quantity("L", TUBE__LENGTH).lines();
			case Orifice o -> new Labels(o).quantity("Ø", ORIFICE__DIAMETER).quantity("A", ORIFICE__AREA).lines();
			case Duct d -> new Labels(d).quantity("w", DUCT__WIDTH).quantity("h", DUCT__HEIGHT).quantity("L", DUCT__LENGTH)
					.lines();
			case Elbow e -> new Labels(e).quantity("Ø", ELBOW__DIAMETER).quantity("L", ELBOW__LENGTH).lines();
			case Baffle b -> new Labels(b).quantity("Ø", BAFFLE__DIAMETER).quantity("τ", BAFFLE__TRANSMISSION).lines();
			case Valve v -> new Labels(v).quantity("Ø", VALVE__DIAMETER).lines();
			default -> List.of();
		};
	}
}
