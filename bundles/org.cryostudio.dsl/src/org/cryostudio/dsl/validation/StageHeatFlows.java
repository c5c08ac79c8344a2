package org.cryostudio.dsl.validation;

import java.util.OptionalDouble;

import org.cryostudio.dsl.cryo.ConductiveLink;
import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.GasConduction;
import org.cryostudio.dsl.cryo.GasSpecies;
import org.cryostudio.dsl.cryo.KapitzaInterface;
import org.cryostudio.dsl.cryo.RadiativeLink;
import org.cryostudio.dsl.cryo.Stage;
import org.cryostudio.dsl.cryo.ThermalLink;
import org.cryostudio.dsl.model.ComponentTypes;
import org.cryostudio.dsl.model.LibraryLinks;
import org.cryostudio.physics.fluids.Fluid;
import org.cryostudio.physics.fluids.FluidState;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.kinetic.GasKinetics;
import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.thermal.GreyBodyRadiation;
import org.cryostudio.physics.thermal.KapitzaConductance;
import org.cryostudio.physics.thermal.Material;
import org.cryostudio.physics.thermal.MultilayerInsulation;
import org.cryostudio.physics.thermal.ResidualGasConduction;

/**
 * The heat a thermal link carries between the declared temperatures of its two stages, from the
 * thermal physics of the library (grey-body radiation, the Lockheed MLI equation, conductivity
 * integrals, free-molecular gas conduction, Kapitza conductance). A link whose data are
 * incomplete or whose model does not hold at those temperatures is not computed: the answer says
 * why, and the rules that sum loads treat the sum as incomplete.
 */
final class StageHeatFlows {

	/**
	 * @param watts heat flowing from the warmer to the colder stage, W (valid only when computed)
	 * @param why   why it was not computed, or null
	 */
	record Flow(double watts, String why) {
		boolean computed() {
			return why == null;
		}

		static Flow not(String why) {
			return new Flow(0, why);
		}
	}

	private StageHeatFlows() {
	}

	/** @return the declared temperature of a stage, K */
	static OptionalDouble temperature(Stage stage) {
		return stage == null || stage.eIsProxy() ? OptionalDouble.empty()
				: SpecValues.positive(stage, Literals.STAGE__TEMPERATURE);
	}

	/** @return the heat the link carries from its warmer to its colder stage */
	static Flow of(ThermalLink link) {
		OptionalDouble t1 = temperature(link.getFirst());
		OptionalDouble t2 = temperature(link.getSecond());
		if (t1.isEmpty() || t2.isEmpty()) {
			return Flow.not("a stage without temperature");
		}
		double hot = Math.max(t1.getAsDouble(), t2.getAsDouble());
		double cold = Math.min(t1.getAsDouble(), t2.getAsDouble());
		if (hot == cold) {
			return new Flow(0, null);
		}
		try {
			return switch (link) {
				case RadiativeLink r -> radiation(r, t1.getAsDouble(), t2.getAsDouble(), hot, cold);
				case ConductiveLink c -> conduction(c, hot, cold);
				case GasConduction g -> gas(g, hot, cold);
				case KapitzaInterface k -> kapitza(k, hot, cold);
				default -> Flow.not("unknown link");
			};
		} catch (IllegalStateException | IllegalArgumentException e) {
			return Flow.not(e.getMessage());
		}
	}

	private static Flow radiation(RadiativeLink r, double t1, double t2, double hot, double cold) {
		OptionalDouble a1 = SpecValues.positive(r, Literals.RADIATIVE_LINK__FIRST_AREA);
		if (a1.isEmpty()) {
			return Flow.not("no area");
		}
		OptionalDouble layers = SpecValues.positive(r, Literals.RADIATIVE_LINK__LAYERS);
		if (layers.isPresent()) {
			OptionalDouble density = SpecValues.positive(r, Literals.RADIATIVE_LINK__LAYER_DENSITY);
			if (density.isEmpty()) {
				return Flow.not("MLI without layer density");
			}
			ModelResult q = MultilayerInsulation.heatFlux(hot, cold, (int) layers.getAsDouble(), density.getAsDouble() / 100.0, 0);
			return q.valid() ? new Flow(q.value() * a1.getAsDouble(), null) : Flow.not(String.join("; ", q.warnings()));
		}
		if (SpecValues.positive(r, Literals.RADIATIVE_LINK__SHIELDS).isPresent()) {
			return Flow.not("floating shields without their emissivity");
		}
		OptionalDouble e1 = SpecValues.positive(r, Literals.RADIATIVE_LINK__FIRST_EMISSIVITY);
		OptionalDouble e2 = SpecValues.positive(r, Literals.RADIATIVE_LINK__SECOND_EMISSIVITY);
		if (e1.isEmpty()) {
			return Flow.not("no emissivity");
		}
		double em2 = e2.orElse(e1.getAsDouble());
		OptionalDouble a2 = SpecValues.positive(r, Literals.RADIATIVE_LINK__SECOND_AREA);
		double q = a2.isPresent()
				? GreyBodyRadiation.enclosed(t1, t2, e1.getAsDouble(), em2, a1.getAsDouble(), a2.getAsDouble())
				: GreyBodyRadiation.parallelPlates(t1, t2, e1.getAsDouble(), em2) * a1.getAsDouble();
		return new Flow(Math.abs(q), null);
	}

	private static Flow conduction(ConductiveLink c, double hot, double cold) {
		Object ref = ComponentTypes.effective(c, Literals.CONDUCTIVE_LINK__MATERIAL);
		OptionalDouble section = SpecValues.positive(c, Literals.CONDUCTIVE_LINK__SECTION);
		OptionalDouble length = SpecValues.positive(c, Literals.CONDUCTIVE_LINK__LENGTH);
		if (!(ref instanceof org.cryostudio.dsl.cryo.Material m) || section.isEmpty() || length.isEmpty()) {
			return Flow.not("material, section or length missing");
		}
		Material material = LibraryLinks.material(m).orElse(null);
		if (material == null || !material.hasConductivity()) {
			return Flow.not("no conductivity data");
		}
		ModelResult integral = material.conductivityIntegral(cold, hot);
		if (!integral.valid()) {
			return Flow.not(String.join("; ", integral.warnings()));
		}
		double count = SpecValues.positive(c, Literals.CONDUCTIVE_LINK__COUNT).orElse(1);
		return new Flow(Math.abs(integral.value()) * section.getAsDouble() / length.getAsDouble() * count, null);
	}

	private static Flow gas(GasConduction g, double hot, double cold) {
		Object species = ComponentTypes.effective(g, Literals.GAS_CONDUCTION__GAS);
		Gas gas = species instanceof GasSpecies s ? LibraryLinks.gas(s).orElse(null) : null;
		OptionalDouble p = SpecValues.positive(g, Literals.GAS_CONDUCTION__PRESSURE);
		OptionalDouble area = SpecValues.positive(g, Literals.GAS_CONDUCTION__AREA);
		OptionalDouble a = SpecValues.positive(g, Literals.GAS_CONDUCTION__ACCOMMODATION);
		OptionalDouble gap = SpecValues.positive(g, Literals.GAS_CONDUCTION__GAP);
		if (gas == null || p.isEmpty() || area.isEmpty() || a.isEmpty() || gap.isEmpty()) {
			return Flow.not("gas, pressure, area, gap or accommodation missing");
		}
		double kn = GasKinetics.of(gas).knudsenNumber(p.getAsDouble(), hot, gap.getAsDouble());
		if (kn < 1) {
			return Flow.not("Kn = " + Show.number(kn) + " < 1 at the gap: not free-molecular");
		}
		return new Flow(freeMolecular(gas, p.getAsDouble(), hot, cold, a.getAsDouble()) * area.getAsDouble(), null);
	}

	/**
	 * @return the free-molecular heat flux of residual gas read at the warm side, W/m2 (Corruccini), with
	 *         cp/cv of the gas from the fluid library at the gauge temperature
	 */
	static double freeMolecular(Gas gas, double pressure, double hot, double cold, double accommodation) {
		Fluid fluid = Fluids.of(gas);
		FluidState state = fluid.stateTP(hot, pressure);
		if (!(state.cv() > 0) || !(state.cp() > 0)) {
			throw new IllegalStateException("no heat capacities of " + gas.symbol() + " at " + Show.kelvin(hot));
		}
		double gamma = state.cp() / state.cv();
		return ResidualGasConduction.heatFlux(pressure, hot, hot, cold, fluid.moleculeMass(), gamma, accommodation);
	}

	private static Flow kapitza(KapitzaInterface k, double hot, double cold) {
		OptionalDouble area = SpecValues.positive(k, Literals.KAPITZA_INTERFACE__AREA);
		OptionalDouble coefficient = SpecValues.positive(k, Literals.KAPITZA_INTERFACE__COEFFICIENT);
		if (area.isEmpty() || coefficient.isEmpty()) {
			return Flow.not("area or coefficient missing");
		}
		if (hot > Fluids.of(Gas.HE).tripleTemperature()) {
			return Flow.not("above the lambda point");
		}
		return new Flow(new KapitzaConductance(coefficient.getAsDouble(), 3).heatFlow(area.getAsDouble(), hot, cold), null);
	}
}
