package org.cryostudio.analysis.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cryostudio.analysis.model.ProcessCase;
import org.cryostudio.analysis.model.Requirement;
import org.cryostudio.analysis.model.Scenario;
import org.cryostudio.analysis.model.SystemModel;
import org.cryostudio.analysis.vacuum.VacuumNetwork;
import org.cryostudio.dsl.cryo.CryoSystem;
import org.cryostudio.dsl.cryo.Element;
import org.cryostudio.dsl.cryo.Mixture;
import org.cryostudio.dsl.cryo.Model;
import org.cryostudio.dsl.cryo.PumpStep;
import org.cryostudio.dsl.cryo.RoughStep;
import org.cryostudio.dsl.cryo.Step;
import org.cryostudio.dsl.scoping.StandardLibrary;
import org.cryostudio.physics.fluids.Gas;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * Builds a {@link SystemModel} per system of a validated spec: the vacuum network
 * ({@link VacuumModelBuilder}), the thermal network ({@link ThermalModelBuilder}), the
 * refrigeration stages ({@link RefrigerationModelBuilder}) and the requirements
 * ({@link RequirementBuilder}), all in SI through the language's unit accessors. Catalog types
 * are followed (an instance's values override its type's). What the builder cannot represent or
 * had to assume is listed in {@link SystemModel#notes()}; a missing or impossible value is a
 * {@link SpecModelException} at the element's line.
 */
public final class SpecModelBuilder {

	/** Pump-down duration when neither a scenario nor a requirement sets one, s (100 h). */
	static final double DEFAULT_PUMPDOWN = 100 * 3600.0;

	private SpecModelBuilder() {
	}

	/**
	 * @param model the parsed, validated file
	 * @return one system model per system, in file order; element names are qualified with the
	 *         system name when the file holds more than one system
	 */
	public static List<SystemModel> build(Model model) {
		List<CryoSystem> systems = model.getMembers().stream().filter(CryoSystem.class::isInstance)
				.map(CryoSystem.class::cast).toList();
		boolean qualify = systems.size() > 1;
		List<SystemModel> out = new ArrayList<>();
		for (CryoSystem system : systems) {
			out.add(build(system, qualify ? system.getName() + "." : "", dryAir(model.eResource())));
		}
		return out;
	}

	private static SystemModel build(CryoSystem system, String prefix, Map<Gas, Double> air) {
		List<Element> members = List.copyOf(system.getMembers());
		List<String> notes = new ArrayList<>();
		org.cryostudio.dsl.cryo.Scenario pumpdown = pumpdownScenario(members);
		VacuumModelBuilder vacuumBuilder = new VacuumModelBuilder(prefix, members, notes);
		VacuumNetwork vacuum = vacuumBuilder.build(pumpdown, air);
		List<Requirement> requirements = RequirementBuilder.build(prefix, members);
		double end = vacuumBuilder.scenarioEnd();
		for (Requirement r : requirements) {
			if (r.after().isPresent() && r.during().isEmpty()) {
				end = Math.max(end, r.after().getAsDouble());
			}
		}
		Scenario scenario = new Scenario(end > 0 ? end : DEFAULT_PUMPDOWN, Scenario.DEFAULT.cooldownEnd(),
				Scenario.DEFAULT.cryopumpEnd());
		List<ProcessCase> processes = new ArrayList<>();
		for (Element e : members) {
			if (e instanceof org.cryostudio.dsl.cryo.Scenario s && vacuumBuilder.hasProcess(s) && !vacuum.volumes().isEmpty()) {
				processes.add(new ProcessCase(s.getName(), vacuumBuilder.buildProcess(s, air, false, pumpdown),
						vacuumBuilder.buildProcess(s, air, true, pumpdown)));
			}
		}
		return SystemModel.builder(system.getName())
				.vacuum(vacuum)
				.processes(processes)
				.thermal(new ThermalModelBuilder(prefix, members, notes).build())
				.refrigeration(new RefrigerationModelBuilder(prefix, members, notes).build())
				.requirements(requirements)
				.scenario(scenario)
				.notes(notes)
				.build();
	}

	/** @return the first scenario with a rough step, else the first with a pump step, else null */
	static org.cryostudio.dsl.cryo.Scenario pumpdownScenario(List<Element> members) {
		org.cryostudio.dsl.cryo.Scenario pumping = null;
		for (Element e : members) {
			if (e instanceof org.cryostudio.dsl.cryo.Scenario s) {
				for (Step step : s.getSteps()) {
					if (step instanceof RoughStep) {
						return s;
					}
					if (step instanceof PumpStep && pumping == null) {
						pumping = s;
					}
				}
			}
		}
		return pumping;
	}

	/**
	 * The composition of the air a pump-down starts from: the standard library's {@code DryAir}
	 * mixture (U.S. Standard Atmosphere 1976, cited there), so that every species is pumped at its
	 * own rate; the pseudo-pure {@link Gas#AIR} where the library is not at hand.
	 */
	static Map<Gas, Double> dryAir(Resource resource) {
		ResourceSet set = resource == null ? null : resource.getResourceSet();
		if (set != null) {
			try {
				Resource lib = set.getResource(StandardLibrary.uri(), true);
				for (var it = lib.getAllContents(); it.hasNext();) {
					if (it.next() instanceof Mixture m && "DryAir".equals(m.getName())) {
						return new LinkedHashMap<>(SpecValues.composition(m, m));
					}
				}
			} catch (RuntimeException e) {
				// fall through to the pseudo-pure air
			}
		}
		return Map.of(Gas.AIR, 1.0);
	}
}
