package org.cryostudio.dsl.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cryostudio.dsl.cryo.Component;
import org.cryostudio.dsl.cryo.Conductance;
import org.cryostudio.dsl.cryo.CoolingRef;
import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.CryoSystem;
import org.cryostudio.dsl.cryo.Cryocooler;
import org.cryostudio.dsl.cryo.GasSource;
import org.cryostudio.dsl.cryo.HeatLoad;
import org.cryostudio.dsl.cryo.LoadPoint;
import org.cryostudio.dsl.cryo.Material;
import org.cryostudio.dsl.cryo.Pump;
import org.cryostudio.dsl.cryo.Stage;
import org.cryostudio.dsl.cryo.ThermalLink;
import org.cryostudio.dsl.model.ComponentTypes;
import org.cryostudio.dsl.model.ElementKinds;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.Check;

/**
 * The network a system describes must be complete: conductances connect two nodes, thermal links
 * two stages, gas sources feed a volume, loads sit on a stage; catalog entries are types and
 * carry no connections; types and materials do not extend themselves.
 */
public class ReferenceValidator extends CryoCheck {

	@Check
	public void checkTypeCycle(Component component) {
		Set<Component> visited = new HashSet<>();
		for (Component t = component.getType(); t != null && !t.eIsProxy() && visited.add(t); t = t.getType()) {
			if (t == component) {
				error(component.getName() + " extends itself through its types", Literals.COMPONENT__TYPE,
						IssueCodes.TYPE_CYCLE);
				return;
			}
		}
	}

	@Check
	public void checkMaterialCycle(Material material) {
		Set<Material> visited = new HashSet<>();
		for (Material m = material.getBase(); m != null && !m.eIsProxy() && visited.add(m); m = m.getBase()) {
			if (m == material) {
				error(material.getName() + " is based on itself", Literals.MATERIAL__BASE, IssueCodes.TYPE_CYCLE);
				return;
			}
		}
	}

	@Check
	public void checkConductance(Conductance conductance) {
		connection(conductance, "from ... to ...", Literals.CONDUCTANCE__FROM, Literals.CONDUCTANCE__TO);
		if (conductance.getFrom() != null && conductance.getFrom() == conductance.getTo() && !conductance.getFrom().eIsProxy()) {
			error("a " + ElementKinds.keyword(conductance) + " from a node to itself", Literals.CONDUCTANCE__TO,
					IssueCodes.CONNECTION_LOOP);
		}
	}

	@Check
	public void checkThermalLink(ThermalLink link) {
		connection(link, "between ... and ...", Literals.THERMAL_LINK__FIRST, Literals.THERMAL_LINK__SECOND);
		if (link.getFirst() != null && link.getFirst() == link.getSecond() && !link.getFirst().eIsProxy()) {
			error("a " + ElementKinds.keyword(link) + " between a stage and itself", Literals.THERMAL_LINK__SECOND,
					IssueCodes.CONNECTION_LOOP);
		}
	}

	@Check
	public void checkGasSource(GasSource source) {
		connection(source, source instanceof org.cryostudio.dsl.cryo.Outgassing ? "on VOLUME" : "into VOLUME",
				Literals.GAS_SOURCE__VOLUME);
	}

	@Check
	public void checkHeatLoad(HeatLoad load) {
		connection(load, "on STAGE", Literals.HEAT_LOAD__STAGE);
	}

	@Check
	public void checkPumpInCatalog(Pump pump) {
		if (ComponentTypes.isType(pump) && pump.getAttachedTo() != null) {
			inCatalog(Literals.PUMP__ATTACHED_TO);
		}
	}

	@Check
	public void checkStageHold(Stage stage) {
		int ways = (stage.isFixed() ? 1 : 0) + (stage.isFloating() ? 1 : 0) + (stage.getCooledBy() != null ? 1 : 0);
		if (ways > 1) {
			error("a stage is either fixed, floating or cooled by a source, not several at once", stage,
					Literals.ELEMENT__NAME, IssueCodes.STAGE_HOLD);
		}
	}

	@Check
	public void checkCoolerStage(CoolingRef ref) {
		if (!ref.eIsSet(Literals.COOLING_REF__STAGE)) {
			return;
		}
		int stage = ref.getStage();
		if (stage < 1 || stage > 2) {
			error("cryocoolers have stage 1 or 2", Literals.COOLING_REF__STAGE, IssueCodes.COOLER_STAGE);
			return;
		}
		if (ref.getSource() instanceof Cryocooler cooler && !cooler.eIsProxy()) {
			Object capacity = ComponentTypes.effective(cooler, Literals.CRYOCOOLER__CAPACITY);
			if (capacity instanceof List<?> points && points.size() == 1 && points.get(0) instanceof LoadPoint && stage == 2) {
				error(cooler.getName() + " has one stage (its capacity names one temperature)", Literals.COOLING_REF__STAGE,
						IssueCodes.COOLER_STAGE);
			}
		}
	}

	/** Instances in a system need their connections; catalog entries must not have any. */
	private void connection(Component component, String syntax, EStructuralFeature... features) {
		boolean inSystem = component.eContainer() instanceof CryoSystem;
		boolean missing = false;
		for (EStructuralFeature feature : features) {
			if (!component.eIsSet(feature)) {
				missing = true;
			} else if (!inSystem) {
				inCatalog(feature);
				return;
			}
		}
		if (inSystem && missing) {
			error("a " + ElementKinds.keyword(component) + " in a system needs its connection: "
					+ ElementKinds.keyword(component) + " " + component.getName() + " " + syntax, component,
					Literals.ELEMENT__NAME, IssueCodes.CONNECTION_MISSING);
		}
	}

	private void inCatalog(EStructuralFeature feature) {
		EObject current = getCurrentObject();
		error("a catalog entry is a type: connect its instances in a system, not the type", current, feature,
				IssueCodes.CONNECTION_IN_CATALOG);
	}
}
