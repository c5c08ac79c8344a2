package org.cryostudio.physics.vacuum;

import java.util.ArrayList;
import java.util.List;

import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.kinetic.FlowRegime;
import org.cryostudio.physics.kinetic.GasKinetics;
import org.cryostudio.physics.model.ModelResult;

/**
 * Conductance of a round tube for a given gas, temperature and mean pressure, with the flow
 * regime decided from the Knudsen number at the mean pressure ({@link FlowRegime}): molecular
 * (Clausing, {@link MolecularConductance#tube}), viscous (Poiseuille) or transitional (Knudsen's
 * interpolation, {@link KnudsenTubeConductance}). Knudsen's formula is continuous and reduces to
 * the other two at its ends, so it is what is evaluated in every regime; the regime is reported so
 * that rules and reports can say which physics dominates. Validity: the viscosity data's
 * temperature span; Poiseuille's assumptions (L/D &gt; 20) are flagged in the viscous regime.
 *
 * @param value         conductance with validity, m3/s
 * @param regime        flow regime at the mean pressure
 * @param knudsenNumber lambda / D at the mean pressure
 */
public record TubeConductance(ModelResult value, FlowRegime regime, double knudsenNumber) {

	/**
	 * @param gas          species
	 * @param temperature  gas temperature, K
	 * @param meanPressure Pa (&gt; 0)
	 * @param diameter     m
	 * @param length       m
	 */
	public static TubeConductance of(Gas gas, double temperature, double meanPressure, double diameter, double length) {
		GasKinetics kinetics = GasKinetics.of(gas);
		ModelResult eta = kinetics.viscosity(temperature);
		double kn = kinetics.knudsenNumber(meanPressure, temperature, diameter);
		FlowRegime regime = FlowRegime.of(kn);
		double c = KnudsenTubeConductance.of(diameter, length, meanPressure, temperature, kinetics.moleculeMass(),
				eta.value());
		List<String> warnings = new ArrayList<>(eta.warnings());
		if (regime != FlowRegime.MOLECULAR && length < 20 * diameter) {
			warnings.add("L/D = " + length / diameter + " < 20: Poiseuille overestimates a short tube in "
					+ regime.name().toLowerCase() + " flow");
		}
		ModelResult result = new ModelResult(c, "m3/s", warnings.isEmpty(),
				"round tube, Knudsen interpolation (Clausing molecular part, Poiseuille viscous part)",
				"Knudsen, Ann. Phys. 28 (1909) 75; Clausing, Ann. Phys. 12 (1932) 961", eta.ranges(), warnings);
		return new TubeConductance(result, regime, kn);
	}
}
