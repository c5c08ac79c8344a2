package org.cryostudio.physics.vacuum;

/**
 * A valve as a conductance element: open, it is a round passage of given bore and equivalent
 * transmission probability (from the manufacturer's molecular conductance, or by default the tube
 * of its bore and face-to-face length); closed, its conductance is zero and only a seat leak,
 * if any, remains (modelled as a gas source, not a conductance).
 *
 * @param bore         m
 * @param transmission W of the open valve referred to the bore area
 */
public record Valve(double bore, double transmission) {

	public Valve {
		if (!(bore > 0) || !(transmission > 0 && transmission <= 1)) {
			throw new IllegalArgumentException("valve needs bore > 0 and 0 < W <= 1");
		}
	}

	/** A valve whose open passage is a straight tube of its bore and face-to-face length (Clausing). */
	public static Valve straightThrough(double bore, double faceToFaceLength) {
		return new Valve(bore, TubeTransmission.value(faceToFaceLength / bore));
	}

	/**
	 * @param open whether the valve is open
	 * @return molecular conductance, m3/s (0 when closed)
	 */
	public double conductance(boolean open, double temperature, double moleculeMass) {
		if (!open) {
			return 0.0;
		}
		return MolecularConductance.fromTransmission(transmission, MolecularConductance.circleArea(bore), temperature,
				moleculeMass);
	}
}
