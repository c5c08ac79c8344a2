package org.cryostudio.diagram.core.mapping;

import static org.cryostudio.dsl.cryo.CryoPackage.Literals.*;

import java.util.List;
import java.util.OptionalDouble;

import org.cryostudio.diagram.core.scene.EdgeSymbol;
import org.cryostudio.diagram.core.scene.NodeSymbol;
import org.cryostudio.diagram.core.scene.Scene;
import org.cryostudio.diagram.core.scene.SceneEdge;
import org.cryostudio.diagram.core.scene.SceneNode;
import org.cryostudio.dsl.cryo.ColdTrap;
import org.cryostudio.dsl.cryo.ConductiveLink;
import org.cryostudio.dsl.cryo.CoolingRef;
import org.cryostudio.dsl.cryo.Cryocooler;
import org.cryostudio.dsl.cryo.Cryogen;
import org.cryostudio.dsl.cryo.Cryopump;
import org.cryostudio.dsl.cryo.DilutionRefrigerator;
import org.cryostudio.dsl.cryo.Element;
import org.cryostudio.dsl.cryo.Expander;
import org.cryostudio.dsl.cryo.GasConduction;
import org.cryostudio.dsl.cryo.GasSpecies;
import org.cryostudio.dsl.cryo.HeatLoad;
import org.cryostudio.dsl.cryo.JtValve;
import org.cryostudio.dsl.cryo.KapitzaInterface;
import org.cryostudio.dsl.cryo.Liquefier;
import org.cryostudio.dsl.cryo.Model;
import org.cryostudio.dsl.cryo.RadiativeLink;
import org.cryostudio.dsl.cryo.Refrigerator;
import org.cryostudio.dsl.cryo.Stage;
import org.cryostudio.dsl.cryo.ThermalLink;
import org.cryostudio.dsl.model.ComponentTypes;
import org.cryostudio.dsl.units.SpecQuantities;
import org.cryostudio.physics.units.UnitParseException;
import org.eclipse.emf.ecore.EObject;

/**
 * The heat side of a spec: temperature stages as bars (a floating stage is a shield), cold
 * sources and heat loads as symbols, thermal links as connections drawn from the warmer stage
 * to the colder one, and "cooled by" as a thick line from what is cooled down to its cold source.
 * Heat flows top to bottom: loads, warm stages, cold stages, cold sources.
 */
final class ThermalMapping {

	/** Suffix of the id of the connection that shows what an element is cooled by. */
	static final String COOLING = "#cooling";

	private ThermalMapping() {
	}

	static void map(Model model, Scene scene, Names names) {
		List<Element> later = SceneBuilder.addNodes(model, scene, names, ThermalMapping::node);
		for (Element e : later) {
			String id = names.of(e);
			switch (e) {
				case ThermalLink l -> link(scene, names, l, id);
				case HeatLoad l -> {
					String stage = names.of(l.getStage());
					if (stage != null) {
						scene.add(new SceneEdge(id + VacuumMapping.ATTACHMENT, id, "", EdgeSymbol.HEAT_FLOW, id, stage, List.of()));
					}
				}
				case Stage s -> cooling(scene, names, id, s.getCooledBy());
				case Cryopump p -> cooling(scene, names, id, p.getCooledBy());
				case ColdTrap t -> cooling(scene, names, id, t.getCooledBy());
				default -> {
					// nodes only
				}
			}
		}
	}

	/** Adds a cooled element (cryopump, cold trap) to the view only when it says what cools it. */
	private static void cooling(Scene scene, Names names, String id, CoolingRef ref) {
		String source = ref == null ? null : names.of(ref.getSource());
		if (source == null || scene.node(id) == null || scene.node(source) == null) {
			return;
		}
		String caption = ref.getStage() > 0 ? "stage " + ref.getStage() : "";
		scene.add(new SceneEdge(id + COOLING, id, caption, EdgeSymbol.COOLING, id, source, List.of()));
	}

	private static void link(Scene scene, Names names, ThermalLink l, String id) {
		String first = names.of(l.getFirst());
		String second = names.of(l.getSecond());
		if (first == null || second == null) {
			return;
		}
		// heat flows from warm to cold: draw the link that way when both temperatures are known
		double t1 = temperature(l.getFirst());
		double t2 = temperature(l.getSecond());
		boolean swap = t2 > t1;
		String from = swap ? second : first;
		String to = swap ? first : second;
		EdgeSymbol symbol;
		Labels values = new Labels(l);
		switch (l) {
			case RadiativeLink r -> {
				symbol = r.getLayers() != null ? EdgeSymbol.MLI : EdgeSymbol.RADIATION;
				values.quantity("A", RADIATIVE_LINK__FIRST_AREA).quantity("MLI", RADIATIVE_LINK__LAYERS)
						.quantity("ε", RADIATIVE_LINK__FIRST_EMISSIVITY);
			}
			case ConductiveLink c -> {
				symbol = EdgeSymbol.CONDUCTION;
				values.text(c.getKind().getLiteral() + material(c.getMaterial()))
						.quantity("n", CONDUCTIVE_LINK__COUNT).quantity("L", CONDUCTIVE_LINK__LENGTH);
			}
			case GasConduction g -> {
				symbol = EdgeSymbol.GAS_CONDUCTION;
				values.text(g.getGas() instanceof GasSpecies gas && !gas.eIsProxy() ? gas.getName() : null)
						.quantity("p", GAS_CONDUCTION__PRESSURE);
			}
			case KapitzaInterface k -> {
				symbol = EdgeSymbol.CONDUCTION;
				values.text("Kapitza").quantity("A", KAPITZA_INTERFACE__AREA);
			}
			default -> symbol = EdgeSymbol.GENERIC;
		}
		scene.add(new SceneEdge(id, id, l.getName(), symbol, from, to, values.lines()));
	}

	private static String material(EObject material) {
		return material instanceof org.cryostudio.dsl.cryo.Material m && !m.eIsProxy() ? " " + m.getName() : "";
	}

	private static SceneNode node(Element e, String id) {
		String name = e.getName();
		return switch (e) {
			case Stage s -> new SceneNode(id, id, name, s.isFloating() ? NodeSymbol.SHIELD : NodeSymbol.STAGE,
					new Labels(s).quantity("T", STAGE__TEMPERATURE).text(s.isFixed() ? "fixed" : s.isFloating() ? "floating" : null)
							.quantity("m", STAGE__MASS).lines())
					.withTemperature(temperature(s));
			case HeatLoad l -> new SceneNode(id, id, name, NodeSymbol.HEAT_LOAD,
					new Labels(l).quantity("Q", HEAT_LOAD__POWER).lines());
			case Cryocooler c -> new SceneNode(id, id, name, NodeSymbol.COOLER, new Labels(c)
					.text(c.getCycle() == null ? null : c.getCycle().getLiteral())
					.firstPoint("", CRYOCOOLER__CAPACITY).quantity("P", CRYOCOOLER__INPUT_POWER).lines());
			case Refrigerator r -> new SceneNode(id, id, name, NodeSymbol.COOLER, new Labels(r)
					.text("refrigerator").firstPoint("", REFRIGERATOR__CAPACITY).lines());
			case Cryogen c -> new SceneNode(id, id, name, NodeSymbol.BATH, new Labels(c)
					.text(c.getKind().getLiteral() + (c.getFluid() instanceof GasSpecies g && !g.eIsProxy() ? " " + g.getName() : ""))
					.quantity("p", CRYOGEN__PRESSURE).lines());
			case DilutionRefrigerator d -> new SceneNode(id, id, name, NodeSymbol.EXPANSION, new Labels(d)
					.text("dilution").quantity("T", DILUTION_REFRIGERATOR__MIXING_CHAMBER_TEMPERATURE).lines());
			case JtValve j -> new SceneNode(id, id, name, NodeSymbol.EXPANSION, new Labels(j)
					.text("JT valve").quantity("p_out", JT_VALVE__OUTLET_PRESSURE).lines());
			case Expander x -> new SceneNode(id, id, name, NodeSymbol.EXPANSION, new Labels(x)
					.text("expander").quantity("η", EXPANDER__EFFICIENCY).lines());
			case Liquefier q -> new SceneNode(id, id, name, NodeSymbol.EXPANSION, new Labels(q)
					.text("liquefier").quantity("p_high", LIQUEFIER__HIGH_PRESSURE).lines());
			case Cryopump p when p.getCooledBy() != null -> new SceneNode(id, id, name, NodeSymbol.CRYOPUMP, new Labels(p)
					.quantity("baffle", CRYOPUMP__BAFFLE_TEMPERATURE).quantity("panel", CRYOPUMP__PANEL_TEMPERATURE).lines());
			case ColdTrap t when t.getCooledBy() != null -> new SceneNode(id, id, name, NodeSymbol.COLD_TRAP,
					new Labels(t).quantity("T", COLD_TRAP__TEMPERATURE).lines());
			default -> null;
		};
	}

	/** @return the stage's temperature in kelvin (given or initial), NaN when unknown or unreadable */
	static double temperature(Stage s) {
		if (s == null || s.eIsProxy()) {
			return Double.NaN;
		}
		try {
			OptionalDouble t = SpecQuantities.si(s, STAGE__TEMPERATURE);
			if (t.isEmpty()) {
				t = SpecQuantities.si(s, STAGE__INITIAL_TEMPERATURE);
			}
			double k = t.orElse(Double.NaN);
			return k > 0 && Double.isFinite(k) ? k : Double.NaN;
		} catch (UnitParseException | ArithmeticException e) {
			return Double.NaN; // the unit validator reports it at the value
		}
	}
}
