package org.cryostudio.diagram.core.edit;

import static org.cryostudio.dsl.cryo.CryoPackage.Literals.*;

import java.util.List;
import java.util.Set;

import org.cryostudio.diagram.core.scene.DiagramView;
import org.cryostudio.dsl.cryo.ConductorKind;
import org.cryostudio.dsl.cryo.CryoFactory;
import org.cryostudio.dsl.cryo.CryoSystem;
import org.cryostudio.dsl.cryo.CryogenKind;
import org.cryostudio.dsl.cryo.CoolingRef;
import org.cryostudio.dsl.cryo.GetterKind;
import org.cryostudio.dsl.cryo.Model;
import org.cryostudio.dsl.cryo.VolumeKind;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * What a diagram can create, per view: element tools (a chamber, a cryopump, a stage) and
 * connection tools, which either create an element between two others (a tube, a radiation
 * link) or set a reference of one to the other (a pump mounted on a volume, a stage cooled by a
 * cryocooler). Each tool turns into a {@link SpecChange}; the grammar's EMF classes decide what
 * is valid, so this table only chooses names and defaults.
 */
public final class Palette {

	/** A palette entry. */
	public sealed interface Tool permits ElementTool, ConnectionTool {
		String label();

		DiagramView view();
	}

	/**
	 * Creates an element in a system.
	 *
	 * @param kindAttribute the enum attribute that picks the keyword of a multi-keyword class
	 *                      (chamber/vessel, tsp/neg), null if none
	 */
	public record ElementTool(String label, DiagramView view, EClass eClass, String baseName, EAttribute kindAttribute,
			Object kind) implements Tool {

		/** @return the change that appends a new element to the system holding {@code near}, or the first system */
		public DiagramEdits.Creation create(String near) {
			return DiagramEdits.create(eClass, null, baseName, (e, m) -> {
				if (kindAttribute != null) {
					e.eSet(kindAttribute, kind);
				}
			}).in(near);
		}
	}

	/** How a connection tool joins its two ends. */
	public enum Joining {
		/** a new element with the two ends as its references (a duct, a thermal link) */
		ELEMENT,
		/** the source's single reference is set to the target (pump on volume, load on stage) */
		REFERENCE,
		/** the source gets a "cooled by" clause naming the target */
		COOLING
	}

	/**
	 * @param sourceType what the connection may start at, null for anything
	 * @param targetType what it may end at
	 * @param sourceEnd  for ELEMENT the new element's first end, for REFERENCE the source's reference
	 * @param targetEnd  for ELEMENT the new element's second end, else unused
	 */
	public record ConnectionTool(String label, DiagramView view, Joining joining, EClass eClass, String baseName,
			EAttribute kindAttribute, Object kind, EClass sourceType, EClass targetType, EReference sourceEnd,
			EReference targetEnd) implements Tool {

		/** @return whether a connection may go from an element of class {@code source} to one of {@code target} */
		public boolean accepts(EClass source, EClass target) {
			boolean ends = (sourceType == null || sourceType.isSuperTypeOf(source)) && targetType.isSuperTypeOf(target);
			return switch (joining) {
				case ELEMENT -> ends;
				case REFERENCE -> ends && source.getEAllReferences().contains(sourceEnd);
				case COOLING -> ends && coolingFeature(source) != null;
			};
		}

		/** @return the change that makes the connection from {@code source} to {@code target} (qualified names) */
		public SpecChange connect(String source, String target) {
			return switch (joining) {
				case ELEMENT -> DiagramEdits.connect(eClass, null, baseName, (e, m) -> {
					if (kindAttribute != null) {
						e.eSet(kindAttribute, kind);
					}
				}, sourceEnd, targetEnd, source, target).in(source);
				case REFERENCE -> DiagramEdits.setReference(source, sourceEnd.getName(), target);
				case COOLING -> model -> {
					EObject cooled = model.element(source);
					EReference feature = coolingFeature(cooled.eClass());
					if (feature == null) {
						throw new EditRefusedException("a " + cooled.eClass().getName() + " cannot be cooled by anything");
					}
					CoolingRef ref = CryoFactory.eINSTANCE.createCoolingRef();
					ref.setSource((org.cryostudio.dsl.cryo.ColdSource) model.element(target));
					cooled.eSet(feature, ref);
				};
			};
		}
	}

	/** References a connection element cannot exist without: deleting an end deletes the connection. */
	public static final Set<EReference> REQUIRED_ENDS = Set.of(CONDUCTANCE__FROM, CONDUCTANCE__TO, THERMAL_LINK__FIRST,
			THERMAL_LINK__SECOND);

	/** Optional references that are simply dropped when their target is deleted. */
	public static final Set<EReference> OPTIONAL_ENDS = Set.of(PUMP__ATTACHED_TO, GAS_SOURCE__VOLUME, HEAT_LOAD__STAGE,
			COOLING_REF__SOURCE);

	private static final List<Tool> TOOLS = List.of(
			element("Chamber", DiagramView.VACUUM, VOLUME, "chamber", VOLUME__KIND, VolumeKind.CHAMBER),
			element("Junction", DiagramView.VACUUM, JUNCTION, "junction", null, null),
			element("Roughing pump", DiagramView.VACUUM, ROUGHING_PUMP, "rp", null, null),
			element("Turbo pump", DiagramView.VACUUM, TURBO_PUMP, "tmp", null, null),
			element("Cryopump", DiagramView.VACUUM, CRYOPUMP, "cp", null, null),
			element("Ion pump", DiagramView.VACUUM, ION_PUMP, "ip", null, null),
			element("Ti sublimation pump", DiagramView.VACUUM, GETTER_PUMP, "tsp", GETTER_PUMP__KIND, GetterKind.TSP),
			element("NEG pump", DiagramView.VACUUM, GETTER_PUMP, "neg", GETTER_PUMP__KIND, GetterKind.NEG),
			element("Cold trap", DiagramView.VACUUM, COLD_TRAP, "trap", null, null),
			element("Outgassing", DiagramView.VACUUM, OUTGASSING, "outgassing", null, null),
			element("Leak", DiagramView.VACUUM, LEAK, "leak", null, null),
			element("Gas flow", DiagramView.VACUUM, GAS_FLOW, "flow", null, null),
			link("Tube", DiagramView.VACUUM, TUBE, "tube", null, null),
			link("Orifice", DiagramView.VACUUM, ORIFICE, "orifice", null, null),
			link("Rectangular duct", DiagramView.VACUUM, DUCT, "duct", null, null),
			link("Elbow", DiagramView.VACUUM, ELBOW, "elbow", null, null),
			link("Baffle", DiagramView.VACUUM, BAFFLE, "baffle", null, null),
			link("Valve", DiagramView.VACUUM, VALVE, "valve", null, null),
			reference("Mount pump on", DiagramView.VACUUM, PUMP, VACUUM_NODE, PUMP__ATTACHED_TO),
			reference("Source into volume", DiagramView.VACUUM, GAS_SOURCE, VOLUME, GAS_SOURCE__VOLUME),
			element("Stage", DiagramView.THERMAL, STAGE, "stage", null, null),
			element("Cryocooler", DiagramView.THERMAL, CRYOCOOLER, "cooler", null, null),
			element("Refrigerator", DiagramView.THERMAL, REFRIGERATOR, "plant", null, null),
			element("Cryogen bath", DiagramView.THERMAL, CRYOGEN, "bath", CRYOGEN__KIND, CryogenKind.BATH),
			element("Heat load", DiagramView.THERMAL, HEAT_LOAD, "load", null, null),
			new ConnectionTool("Radiation", DiagramView.THERMAL, Joining.ELEMENT, RADIATIVE_LINK, "radiation", null, null, STAGE,
					STAGE, THERMAL_LINK__FIRST, THERMAL_LINK__SECOND),
			new ConnectionTool("Support", DiagramView.THERMAL, Joining.ELEMENT, CONDUCTIVE_LINK, "support",
					CONDUCTIVE_LINK__KIND, ConductorKind.SUPPORT, STAGE, STAGE, THERMAL_LINK__FIRST, THERMAL_LINK__SECOND),
			new ConnectionTool("Strap", DiagramView.THERMAL, Joining.ELEMENT, CONDUCTIVE_LINK, "strap", CONDUCTIVE_LINK__KIND,
					ConductorKind.STRAP, STAGE, STAGE, THERMAL_LINK__FIRST, THERMAL_LINK__SECOND),
			new ConnectionTool("Residual gas", DiagramView.THERMAL, Joining.ELEMENT, GAS_CONDUCTION, "gas", null, null, STAGE,
					STAGE, THERMAL_LINK__FIRST, THERMAL_LINK__SECOND),
			new ConnectionTool("Cooled by", DiagramView.THERMAL, Joining.COOLING, null, null, null, null,
					null, COLD_SOURCE, null, null),
			reference("Load on stage", DiagramView.THERMAL, HEAT_LOAD, STAGE, HEAT_LOAD__STAGE));

	private Palette() {
	}

	/** @return the tools of one view, elements first, in palette order */
	public static List<Tool> tools(DiagramView view) {
		return TOOLS.stream().filter(t -> t.view() == view).toList();
	}

	/** @return the tool with this label in this view */
	public static Tool tool(DiagramView view, String label) {
		return tools(view).stream().filter(t -> t.label().equals(label)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no tool '" + label + "' in the " + view.label() + " view"));
	}

	/** @return the containment that holds what cools an element of this class, null if it cannot be cooled */
	public static EReference coolingFeature(EClass eClass) {
		for (EReference r : List.of(STAGE__COOLED_BY, CRYOPUMP__COOLED_BY, COLD_TRAP__COOLED_BY)) {
			if (r.getEContainingClass().isSuperTypeOf(eClass)) {
				return r;
			}
		}
		return null;
	}

	/** @return the system that holds {@code element}, or the first system of the model */
	static EObject systemOf(EObject element, Model model) throws EditRefusedException {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof CryoSystem s) {
				return s;
			}
		}
		for (EObject member : model.getMembers()) {
			if (member instanceof CryoSystem s) {
				return s;
			}
		}
		throw new EditRefusedException("the spec has no system to put the element in: write 'system NAME { }' first");
	}

	private static ElementTool element(String label, DiagramView view, EClass eClass, String baseName, EAttribute kindAttribute,
			Object kind) {
		return new ElementTool(label, view, eClass, baseName, kindAttribute, kind);
	}

	private static ConnectionTool link(String label, DiagramView view, EClass eClass, String baseName, EAttribute kindAttribute,
			Object kind) {
		return new ConnectionTool(label, view, Joining.ELEMENT, eClass, baseName, kindAttribute, kind, VACUUM_NODE, VACUUM_NODE,
				CONDUCTANCE__FROM, CONDUCTANCE__TO);
	}

	private static ConnectionTool reference(String label, DiagramView view, EClass source, EClass target, EReference ref) {
		return new ConnectionTool(label, view, Joining.REFERENCE, null, null, null, null, source, target, ref, null);
	}
}
