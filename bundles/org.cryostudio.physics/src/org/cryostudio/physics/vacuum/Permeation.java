package org.cryostudio.physics.vacuum;

import static org.cryostudio.physics.PhysicalConstants.BOLTZMANN;
import static org.cryostudio.physics.PhysicalConstants.ELEMENTARY_CHARGE;

/**
 * Steady-state gas permeation through a wall of area A and thickness d. Polymers and glasses
 * (Henry's law, molecular solution): Q = K A (p1 - p2) / d. Metals with dissociating diatomic gases
 * (Sieverts' law): Q = K A (sqrt(p1) - sqrt(p2)) / d. The permeability has an Arrhenius temperature
 * dependence K(T) = K0 exp(-E/(k T)). Source: J. F. O'Hanlon, <i>A User's Guide to Vacuum
 * Technology</i>, sec. 4.x; F. J. Norton, <i>J. Appl. Phys.</i> 28 (1957) 34. Permeabilities are
 * inputs (from component data); Q in Pa m3/s; K in m2/s (Henry) or Pa^0.5 m2/s (Sieverts).
 */
public final class Permeation {

	private Permeation() {
	}

	/** @return Henry's-law throughput, Pa m3/s */
	public static double henry(double permeability, double area, double thickness, double upstream, double downstream) {
		return permeability * area * (upstream - downstream) / thickness;
	}

	/** @return Sieverts'-law throughput, Pa m3/s */
	public static double sieverts(double permeability, double area, double thickness, double upstream, double downstream) {
		return permeability * area * (Math.sqrt(upstream) - Math.sqrt(downstream)) / thickness;
	}

	/** @return K(T) = K0 exp(-E/kT) */
	public static double permeability(double k0, double activationEv, double temperature) {
		return k0 * Math.exp(-activationEv * ELEMENTARY_CHARGE / (BOLTZMANN * temperature));
	}
}
