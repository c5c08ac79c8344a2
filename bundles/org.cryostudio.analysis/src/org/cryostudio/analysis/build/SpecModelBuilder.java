package org.cryostudio.analysis.build;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cryostudio.analysis.model.InvalidModelException;
import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.vacuum.Connection;
import org.cryostudio.analysis.vacuum.Cryopump;
import org.cryostudio.analysis.vacuum.Duct;
import org.cryostudio.analysis.vacuum.PumpPort;
import org.cryostudio.analysis.vacuum.Schedule;
import org.cryostudio.analysis.vacuum.TubeDuct;
import org.cryostudio.analysis.vacuum.VacuumNetwork;
import org.cryostudio.analysis.vacuum.VacuumVolume;
import org.cryostudio.dsl.cryo.Chamber;
import org.cryostudio.dsl.cryo.CryoSystem;
import org.cryostudio.dsl.cryo.Element;
import org.cryostudio.dsl.cryo.GasRef;
import org.cryostudio.dsl.cryo.Model;
import org.cryostudio.dsl.cryo.Quantity;
import org.cryostudio.dsl.cryo.Tube;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.units.Dimension;
import org.cryostudio.physics.units.Unit;
import org.cryostudio.physics.units.UnitParseException;
import org.cryostudio.physics.units.Units;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

/**
 * Builds a {@link SystemModel} per system of a validated spec. Elements of the present grammar:
 * chambers become vacuum volumes (volume, temperature; 293.15 K when not given); cryopumps become
 * capture pumps (panel temperature and area; capture coefficient 1 for every gas, the vapour
 * pressure floor deciding what the panel holds); a tube between two chambers is a connection, a
 * tube from a chamber to a pump is the pump's inlet duct. The pump-down starts from one
 * atmosphere of air. What the grammar cannot say yet (gas loads, roughing pumps, schedules,
 * thermal stages, requirements) is absent from the model and listed in {@link SystemModel#notes()}.
 * Values are converted to SI with the physics unit parser; a missing or wrong value is a
 * {@link SpecModelException} at the element's line.
 */
public final class SpecModelBuilder {

	/** Gas temperature of a chamber that states none, K. */
	public static final double DEFAULT_TEMPERATURE = 293.15;

	private SpecModelBuilder() {
	}

	/**
	 * @param model the parsed, validated file
	 * @return one system model per system, in file order; element names are qualified with the
	 *         system name when the file holds more than one system
	 */
	public static List<SystemModel> build(Model model) {
		List<SystemModel> systems = new ArrayList<>();
		boolean qualify = model.getSystems().size() > 1;
		for (CryoSystem system : model.getSystems()) {
			systems.add(build(system, qualify ? system.getName() + "." : ""));
		}
		return systems;
	}

	private static SystemModel build(CryoSystem system, String prefix) {
		List<VacuumVolume> volumes = new ArrayList<>();
		List<Connection> connections = new ArrayList<>();
		List<PumpPort> pumps = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		Set<Gas> gases = new LinkedHashSet<>();
		for (GasRef ref : system.getGases()) {
			gases.add(Gas.lookup(ref.getSymbol()).orElseThrow(
					() -> new SpecModelException(line(ref), "unknown gas '" + ref.getSymbol() + "'")));
		}
		for (Element e : system.getElements()) {
			if (e instanceof Chamber c) {
				if (c.getVolume() == null) {
					throw new SpecModelException(line(c), "chamber " + c.getName() + " states no volume");
				}
				double t = c.getTemperature() == null ? DEFAULT_TEMPERATURE : si(c.getTemperature(), Dimension.TEMPERATURE, c);
				volumes.add(guard(c, () -> new VacuumVolume(prefix + c.getName(), si(c.getVolume(), Dimension.VOLUME, c), 0, t)));
			}
		}
		for (Element e : system.getElements()) {
			if (e instanceof org.cryostudio.dsl.cryo.Cryopump cp) {
				List<Duct> inlet = new ArrayList<>();
				String volume = null;
				for (Element other : system.getElements()) {
					if (other instanceof Tube tube && (tube.getTo() == cp || tube.getFrom() == cp)) {
						Element end = tube.getTo() == cp ? tube.getFrom() : tube.getTo();
						if (!(end instanceof Chamber)) {
							throw new SpecModelException(line(tube), "tube " + tube.getName() + " must join the cryopump "
									+ cp.getName() + " to a chamber");
						}
						if (volume != null) {
							throw new SpecModelException(line(tube), "cryopump " + cp.getName()
									+ " is attached by more than one tube; give it one inlet");
						}
						volume = prefix + end.getName();
						inlet.add(tube(tube));
					}
				}
				if (volume == null) {
					notes.add("cryopump " + cp.getName() + " is not attached to a chamber by a tube: left out");
					continue;
				}
				if (cp.getPanelTemperature() == null || cp.getPanelArea() == null) {
					throw new SpecModelException(line(cp), "cryopump " + cp.getName() + " needs a panel temperature and a panel area");
				}
				double panelT = si(cp.getPanelTemperature(), Dimension.TEMPERATURE, cp);
				double panelA = si(cp.getPanelArea(), Dimension.AREA, cp);
				Cryopump pump = guard(cp, () -> new Cryopump(panelT, panelA, 1.0, Map.of(), 1.0, Map.of()));
				pumps.add(new PumpPort(prefix + cp.getName(), volume, pump, inlet, Schedule.ALWAYS));
				notes.add("cryopump " + cp.getName()
						+ ": no capture coefficients in the spec, 1 assumed for every gas (the vapour-pressure floor decides what the panel holds)");
			}
		}
		for (Element e : system.getElements()) {
			if (e instanceof Tube tube && tube.getFrom() instanceof Chamber a && tube.getTo() instanceof Chamber b) {
				connections.add(guard(tube, () -> new Connection(prefix + tube.getName(), prefix + a.getName(),
						prefix + b.getName(), List.of(tube(tube)), Schedule.ALWAYS)));
			}
		}
		if (!volumes.isEmpty()) {
			notes.add("no gas loads in the spec (outgassing, leaks, process gas): pressures fall to the pump floors");
			notes.add("pump-down starts from one standard atmosphere of air");
		}
		VacuumNetwork vacuum = guard(system, () -> new VacuumNetwork(volumes, List.of(), connections, pumps, List.of(),
				VacuumNetwork.air(), new ArrayList<>(gases)));
		return SystemModel.builder(system.getName()).vacuum(vacuum).notes(notes).build();
	}

	private static Duct tube(Tube tube) {
		if (tube.getDiameter() == null || tube.getLength() == null) {
			throw new SpecModelException(line(tube), "tube " + tube.getName() + " needs a diameter and a length");
		}
		double d = si(tube.getDiameter(), Dimension.LENGTH, tube);
		double l = si(tube.getLength(), Dimension.LENGTH, tube);
		return guard(tube, () -> new TubeDuct(d, l));
	}

	/** @return the quantity in SI, checked for dimension */
	static double si(Quantity q, Dimension expected, EObject owner) {
		Unit unit;
		try {
			unit = Units.parse(q.getUnit());
		} catch (UnitParseException e) {
			throw new SpecModelException(line(q), "unit '" + q.getUnit() + "': " + e.getMessage());
		}
		if (!unit.dimension().equals(expected)) {
			throw new SpecModelException(line(q), "'" + q.getUnit() + "' has dimension [" + unit.dimension()
					+ "], expected [" + expected + "]");
		}
		return unit.toSi(q.getValue());
	}

	private static <T> T guard(EObject element, java.util.function.Supplier<T> create) {
		try {
			return create.get();
		} catch (InvalidModelException e) {
			throw new SpecModelException(line(element), e.getMessage());
		}
	}

	/** @return 1-based line of an element, 0 when it has no node model */
	static int line(EObject o) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(o);
		return node == null ? 0 : node.getStartLine();
	}
}
