package org.cryostudio.physics.vacuum;

/**
 * A baffle (chevron, louvre, cryopump radiation shield) characterised, as in catalogues and in
 * the language, by its transmission probability referred to its open face area. Typical
 * optically dense chevrons transmit 0.2-0.3 of molecules (J. F. O'Hanlon, <i>A User's Guide to
 * Vacuum Technology</i>, 3rd ed., sec. 16.x [R]); the value must come from the component data.
 *
 * @param area         open face area, m2
 * @param transmission W in (0, 1]
 */
public record Baffle(double area, double transmission) {

	public Baffle {
		if (!(area > 0) || !(transmission > 0 && transmission <= 1)) {
			throw new IllegalArgumentException("baffle needs area > 0 and 0 < W <= 1");
		}
	}

	/** @return molecular conductance W A v/4, m3/s */
	public double conductance(double temperature, double moleculeMass) {
		return MolecularConductance.fromTransmission(transmission, area, temperature, moleculeMass);
	}
}
