package org.cryostudio.physics.vacuum;

import static org.cryostudio.physics.PhysicalConstants.BOLTZMANN;
import static org.cryostudio.physics.PhysicalConstants.ELEMENTARY_CHARGE;

/**
 * Diffusion-limited hydrogen outgassing of a metal wall and its depletion by bakeouts (the model of
 * R. Calder and G. Lewin, "Reduction of stainless-steel outgassing in ultra-high vacuum",
 * <i>Br. J. Appl. Phys.</i> 18 (1967) 1459). A slab of thickness d with uniform initial
 * concentration c0 (expressed as gas quantity per volume, Pa m3/m3) and zero surface concentration
 * on both faces (diffusion-limited, no recombination barrier) releases from each face
 * J(t) = (4 D c0 / d) sum_n exp(-(2n+1)^2 pi^2 D t / d^2). Temperature enters only through the
 * diffusion coefficient D(T) = D0 exp(-E/(k T)), so a history of bakes and room-temperature pumping
 * is summarised by the dimensionless Fourier number F = sum D(T_i) t_i / d^2. Diffusion data for
 * austenitic stainless steel: D0 = 8.9e-7 m2/s, E = 54 kJ/mol (0.56 eV), as used by
 * J. Vac. Sci. Technol. A 16 (1998) 188 [V1 via one public transcription]; c0 is material-specific
 * (of the order of 0.1-1 ppm H by weight for vacuum-remelted steel) and is an input. Inputs SI.
 */
public final class HydrogenDiffusionOutgassing {

	/** D0 of hydrogen in austenitic stainless steel, m2/s (J. Vac. Sci. Technol. A 16 (1998) 188). */
	public static final double STAINLESS_D0 = 8.9e-7;
	/** Activation energy of hydrogen diffusion in austenitic stainless steel, eV (54 kJ/mol). */
	public static final double STAINLESS_ACTIVATION_EV = 54e3 / 96485.33212;

	private final double thickness;
	private final double initialConcentration;
	private final double d0;
	private final double activationEv;

	/**
	 * @param thickness            wall thickness d, m (both faces outgas; for one face in vacuum use 2x the thickness)
	 * @param initialConcentration c0, Pa m3 of H2 per m3 of metal
	 * @param d0                   m2/s
	 * @param activationEv         eV
	 */
	public HydrogenDiffusionOutgassing(double thickness, double initialConcentration, double d0, double activationEv) {
		this.thickness = thickness;
		this.initialConcentration = initialConcentration;
		this.d0 = d0;
		this.activationEv = activationEv;
	}

	/** @return D(T), m2/s */
	public double diffusivity(double temperature) {
		return d0 * Math.exp(-activationEv * ELEMENTARY_CHARGE / (BOLTZMANN * temperature));
	}

	/** @return Fourier number D t / d^2 of a stage at temperature T for a duration */
	public double fourierNumber(double temperature, double seconds) {
		return diffusivity(temperature) * seconds / (thickness * thickness);
	}

	/**
	 * Outgassing rate per face after an accumulated Fourier number F, at the temperature of use.
	 *
	 * @param accumulatedFourier sum of D t / d^2 over the history (bakes and pumping)
	 * @param temperature        temperature now, K
	 * @return Pa m/s
	 */
	public double rate(double accumulatedFourier, double temperature) {
		double sum = 0;
		for (int n = 0; n < 10000; n++) {
			double k = 2 * n + 1;
			double term = Math.exp(-k * k * Math.PI * Math.PI * accumulatedFourier);
			sum += term;
			if (term < 1e-16 * sum) {
				break;
			}
		}
		if (accumulatedFourier < 1e-4) {
			// short-time limit of the series (semi-infinite solid): J = c0 sqrt(D / (pi t)) per face
			return initialConcentration * diffusivity(temperature) / thickness / Math.sqrt(Math.PI * accumulatedFourier);
		}
		return 4.0 * diffusivity(temperature) * initialConcentration / thickness * sum;
	}

	/** @return fraction of the initial hydrogen still in the wall after an accumulated Fourier number */
	public static double remainingFraction(double accumulatedFourier) {
		if (accumulatedFourier < 1e-3) {
			// short-time limit: each face has released c0 sqrt(4 D t / pi) (semi-infinite solid)
			return 1.0 - 4.0 * Math.sqrt(accumulatedFourier / Math.PI);
		}
		double sum = 0;
		for (int n = 0; n < 10000; n++) {
			double k = 2 * n + 1;
			double term = 8.0 / (k * k * Math.PI * Math.PI) * Math.exp(-k * k * Math.PI * Math.PI * accumulatedFourier);
			sum += term;
			if (term < 1e-16 * sum) {
				break;
			}
		}
		return sum;
	}
}
