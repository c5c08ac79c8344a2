package org.cryostudio.analysis.vacuum;

import org.cryostudio.analysis.model.Check;
import org.cryostudio.physics.kinetic.FlowRegime;
import org.cryostudio.physics.kinetic.GasKinetics;
import org.cryostudio.physics.vacuum.MolecularConductance;
import org.cryostudio.physics.vacuum.ViscousConductance;

/**
 * A thin-walled circular orifice (aperture). Molecular flow (Kn &gt; 0.5): A v/4
 * ({@link MolecularConductance#orifice}). Viscous flow (Kn &lt; 0.01): isentropic, possibly choked,
 * flow of the physics library ({@link ViscousConductance#orifice}) with discharge coefficient
 * {@value #DISCHARGE_COEFFICIENT} (sharp-edged hole), evaluated at a pressure ratio of at most
 * 0.99 (at equal pressures Q/dp has no finite limit; the orifice then limits nothing). Between
 * the two limits log C is interpolated linearly in log Kn: an engineering bridge, the physics
 * library has no transitional orifice model.
 *
 * @param diameter m
 */
public record OrificeDuct(double diameter) implements Duct {

	/** Discharge coefficient of a sharp-edged orifice (Jousten (ed.), Handbook of Vacuum Technology, sec. 4.3). */
	public static final double DISCHARGE_COEFFICIENT = 0.85;

	public OrificeDuct {
		Check.positive("orifice", "diameter", diameter, "m");
	}

	@Override
	public double conductance(GasKinetics gas, double temperature, double upstream, double downstream) {
		double molecular = MolecularConductance.orifice(diameter, temperature, gas.moleculeMass());
		double high = Math.max(upstream, downstream);
		if (!gas.hasViscosity() || !(high > 0)) {
			return molecular;
		}
		double mean = 0.5 * (upstream + downstream);
		double kn = gas.knudsenNumber(mean, temperature, diameter);
		if (kn >= FlowRegime.MOLECULAR_LIMIT) {
			return molecular;
		}
		double low = Math.min(Math.min(upstream, downstream), 0.99 * high);
		double viscous = ViscousConductance.orifice(area(), high, low, temperature, gas.moleculeMass(), org.cryostudio.analysis.model.GasData.gamma(gas.gas()),
				DISCHARGE_COEFFICIENT);
		viscous = Math.max(viscous, molecular);
		if (kn <= FlowRegime.VISCOUS_LIMIT) {
			return viscous;
		}
		double s = Math.log(kn / FlowRegime.VISCOUS_LIMIT) / Math.log(FlowRegime.MOLECULAR_LIMIT / FlowRegime.VISCOUS_LIMIT);
		return Math.exp((1 - s) * Math.log(viscous) + s * Math.log(molecular));
	}

	@Override
	public double characteristicDimension() {
		return diameter;
	}

	@Override
	public double area() {
		return 0.25 * Math.PI * diameter * diameter;
	}
}
