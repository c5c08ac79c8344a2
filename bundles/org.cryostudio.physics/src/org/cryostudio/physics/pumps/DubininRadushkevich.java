package org.cryostudio.physics.pumps;

import static org.cryostudio.physics.PhysicalConstants.GAS_CONSTANT;

/**
 * Cryosorption isotherm of the Dubinin-Radushkevich form for microporous sorbents (activated
 * charcoal): the adsorbed quantity is a = a0 exp(-(A / E)^2) with the adsorption potential
 * A = R T ln(p_s / p), a0 the limiting micropore capacity and E the characteristic energy of the
 * sorbent-gas pair. Source: M. M. Dubinin, <i>Chem. Rev.</i> 60 (1960) 235; applied to H2, D2 and He
 * on charcoal for fusion cryopumps by e.g. J. M. Sedgley, A. G. Tobin, T. H. Batzer, W. R. Call,
 * <i>J. Vac. Sci. Technol. A</i> 5 (1987) 2572 [R]. The parameters a0 and E are sorbent- and
 * gas-specific and must come from the sorbent's data: this class holds the algorithm, not
 * numbers. Validity: micropore filling, p well below p_s, and above the gas's critical temperature
 * p_s is replaced by the pseudo-saturation pressure the data were fitted with. Inputs: K, Pa,
 * J/mol; a in the unit of a0 (e.g. Pa m3 per kg of charcoal). Published parameter sets, with their
 * sources and ranges, are reached through {@link SorbentIsotherms} (the Sedgley et al. citation above
 * is recalled and was not retrievable; no He or D2 parameters are in the library yet).
 *
 * @param limitingCapacity    a0
 * @param characteristicEnergy E, J/mol
 */
public record DubininRadushkevich(double limitingCapacity, double characteristicEnergy) {

	/** @return adsorbed quantity at equilibrium pressure p and temperature T, given the (pseudo-)saturation pressure */
	public double loading(double pressure, double temperature, double saturationPressure) {
		if (pressure >= saturationPressure) {
			return limitingCapacity;
		}
		double potential = GAS_CONSTANT * temperature * Math.log(saturationPressure / pressure);
		double x = potential / characteristicEnergy;
		return limitingCapacity * Math.exp(-x * x);
	}

	/** @return equilibrium pressure above a sorbent holding the given loading (the inverse isotherm), Pa */
	public double equilibriumPressure(double loading, double temperature, double saturationPressure) {
		if (loading >= limitingCapacity) {
			return saturationPressure;
		}
		double potential = characteristicEnergy * Math.sqrt(Math.log(limitingCapacity / loading));
		return saturationPressure * Math.exp(-potential / (GAS_CONSTANT * temperature));
	}
}
