package org.cryostudio.physics.pumps;

/**
 * Turbomolecular pump: maximum compression ratio per gas and the inlet-pressure limit it sets.
 * The zero-flow compression ratio of a molecular-drag stage grows exponentially with the ratio of
 * blade speed to molecular speed, i.e. with sqrt(M): ln K0 = a + b sqrt(M) (W. Becker, <i>Vakuum-Technik</i>
 * 15 (1966); Jousten (ed.), <i>Handbook of Vacuum Technology</i>, ch. 10, where K0 of catalogue pumps is
 * shown to follow this law). The two parameters are fitted to the catalogue values of two gases
 * (usually H2 and N2). With a backing pressure pf, the inlet cannot fall below pf / K0 for that gas.
 * Speed per gas is a catalogue input. Inputs: kg/mol, Pa.
 *
 * @param a intercept of ln K0
 * @param b slope of ln K0 per sqrt(M / (kg/mol))
 */
public record TurbomolecularPump(double a, double b) {

	/** Fits ln K0 = a + b sqrt(M) through two catalogue points. */
	public static TurbomolecularPump fromCatalogue(double molarMass1, double compression1, double molarMass2,
			double compression2) {
		double x1 = Math.sqrt(molarMass1);
		double x2 = Math.sqrt(molarMass2);
		double b = (Math.log(compression2) - Math.log(compression1)) / (x2 - x1);
		return new TurbomolecularPump(Math.log(compression1) - b * x1, b);
	}

	/** @return K0 for a gas of molar mass M (kg/mol) */
	public double compressionRatio(double molarMass) {
		return Math.exp(a + b * Math.sqrt(molarMass));
	}

	/** @return lowest inlet partial pressure set by back-streaming from the fore-vacuum, Pa */
	public double inletLimit(double molarMass, double forePressure) {
		return forePressure / compressionRatio(molarMass);
	}
}
