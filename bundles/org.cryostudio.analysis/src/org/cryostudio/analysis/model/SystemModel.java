package org.cryostudio.analysis.model;

import java.util.List;
import java.util.Objects;

import org.cryostudio.analysis.refrigeration.RefrigerationSet;
import org.cryostudio.analysis.thermal.ThermalNetwork;
import org.cryostudio.analysis.vacuum.VacuumNetwork;

/**
 * One system of a spec, as solvers see it.
 *
 * @param name          the system's name
 * @param vacuum        vacuum network (may be empty)
 * @param thermal       thermal network (may be empty)
 * @param refrigeration refrigeration stages (may be empty)
 * @param requirements  requirements to verify
 * @param scenario      durations of transient studies
 * @param notes         what the model builder could not represent (reported by solvers as info)
 * @param processes     the vacuum network during each process scenario (may be empty)
 */
public record SystemModel(String name, VacuumNetwork vacuum, ThermalNetwork thermal, RefrigerationSet refrigeration,
		List<Requirement> requirements, Scenario scenario, List<String> notes, List<ProcessCase> processes) {

	public SystemModel {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(vacuum, "vacuum");
		Objects.requireNonNull(thermal, "thermal");
		Objects.requireNonNull(refrigeration, "refrigeration");
		Objects.requireNonNull(scenario, "scenario");
		requirements = List.copyOf(requirements);
		notes = List.copyOf(notes);
		processes = List.copyOf(processes);
	}

	/** @return the process case of a scenario */
	public java.util.Optional<ProcessCase> process(String scenario) {
		return processes.stream().filter(p -> p.scenario().equals(scenario)).findFirst();
	}

	/** @return an empty vacuum network */
	public static VacuumNetwork emptyVacuum() {
		return new VacuumNetwork(List.of(), List.of(), List.of(), List.of(), List.of(), java.util.Map.of(), List.of());
	}

	/** @return the requirements of the given kinds */
	public List<Requirement> requirements(Requirement.Kind... kinds) {
		List<Requirement.Kind> wanted = List.of(kinds);
		return requirements.stream().filter(r -> wanted.contains(r.kind())).toList();
	}

	/** @return a builder starting from an empty system */
	public static Builder builder(String name) {
		return new Builder(name);
	}

	/** Convenience builder for tests, benchmarks and the spec builder. */
	public static final class Builder {
		private final String name;
		private VacuumNetwork vacuum = emptyVacuum();
		private ThermalNetwork thermal = ThermalNetwork.EMPTY;
		private RefrigerationSet refrigeration = RefrigerationSet.EMPTY;
		private List<Requirement> requirements = List.of();
		private Scenario scenario = Scenario.DEFAULT;
		private List<String> notes = List.of();
		private List<ProcessCase> processes = List.of();

		private Builder(String name) {
			this.name = name;
		}

		public Builder vacuum(VacuumNetwork v) {
			vacuum = v;
			return this;
		}

		public Builder thermal(ThermalNetwork t) {
			thermal = t;
			return this;
		}

		public Builder refrigeration(RefrigerationSet r) {
			refrigeration = r;
			return this;
		}

		public Builder requirements(List<Requirement> r) {
			requirements = r;
			return this;
		}

		public Builder scenario(Scenario s) {
			scenario = s;
			return this;
		}

		public Builder notes(List<String> n) {
			notes = n;
			return this;
		}

		public Builder processes(List<ProcessCase> p) {
			processes = p;
			return this;
		}

		public SystemModel build() {
			return new SystemModel(name, vacuum, thermal, refrigeration, requirements, scenario, notes, processes);
		}
	}
}
