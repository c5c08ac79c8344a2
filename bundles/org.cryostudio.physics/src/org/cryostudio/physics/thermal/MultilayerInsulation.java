package org.cryostudio.physics.thermal;

import java.util.List;

import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.model.ValidityRange;

/**
 * Heat flux through a multilayer-insulation blanket by the Lockheed (Keller) semi-empirical
 * equation: q = Cs N_d^2.63 Tm (Th - Tc)/(N + 1) + Cr e (Th^4.67 - Tc^4.67)/N + Cg P (Th^0.52 - Tc^0.52)/N,
 * with N the number of layers, N_d the layer density in layers/cm, Tm = (Th + Tc)/2, P the residual
 * gas pressure in torr and Cs = 8.95e-8, Cr = 5.39e-10, e = 0.031 (double-aluminised Mylar),
 * Cg = 1.46e4 (gas term for nitrogen-like gas), q in W/m2.
 *
 * <p>Source: C. W. Keller, G. R. Cunnington, A. P. Glassford, "Thermal performance of multilayer
 * insulations", NASA CR-134477 (1974); form and constants as in literature.md sec. 6 [V2 on
 * coefficients]. Validity: double-aluminised Mylar with silk-net/Dacron spacers, laboratory
 * calorimeter conditions, 77-300 K boundaries, P &lt; 1e-4 torr; installed blankets perform 2-3 times
 * worse (seams, penetrations, compression; literature.md sec. 6). Inputs: K, layers, layers/cm, Pa.
 */
public final class MultilayerInsulation {

	private static final double CS = 8.95e-8;
	private static final double CR = 5.39e-10;
	private static final double EMISSIVITY = 0.031;
	private static final double CG = 1.46e4;
	private static final double PA_PER_TORR = 101325.0 / 760.0;

	private MultilayerInsulation() {
	}

	/** @return the three terms {solid, radiation, gas} of the Lockheed equation, W/m2 */
	public static double[] terms(double hot, double cold, int layers, double layerDensityPerCm, double pressure) {
		double mean = 0.5 * (hot + cold);
		double solid = CS * Math.pow(layerDensityPerCm, 2.63) * mean * (hot - cold) / (layers + 1);
		double radiation = CR * EMISSIVITY * (Math.pow(hot, 4.67) - Math.pow(cold, 4.67)) / layers;
		double gas = CG * (pressure / PA_PER_TORR) * (Math.pow(hot, 0.52) - Math.pow(cold, 0.52)) / layers;
		return new double[] { solid, radiation, gas };
	}

	/** @return heat flux in W/m2 (hot path) */
	public static double heatFluxValue(double hot, double cold, int layers, double layerDensityPerCm, double pressure) {
		double[] t = terms(hot, cold, layers, layerDensityPerCm, pressure);
		return t[0] + t[1] + t[2];
	}

	/** @return heat flux with validity (boundary temperatures 77-300 K, pressure below 1e-2 Pa) */
	public static ModelResult heatFlux(double hot, double cold, int layers, double layerDensityPerCm, double pressure) {
		List<ValidityRange> ranges = List.of(new ValidityRange("T", 77, 300, "K"), new ValidityRange("P", 0, 1e-2, "Pa"));
		ModelResult r = ModelResult.of(heatFluxValue(hot, cold, layers, layerDensityPerCm, pressure), "W/m2",
				"Lockheed (Keller) MLI equation", "Keller, Cunnington, Glassford, NASA CR-134477 (1974)", ranges);
		if (hot > 300 || cold < 77 || hot < 77) {
			r = r.withWarning("boundary temperatures outside the 77-300 K calibration of the Lockheed equation");
		}
		if (pressure > 1e-2) {
			r = r.withWarning("residual pressure above 1e-2 Pa: gas conduction dominates and the free-molecular gas term no longer holds");
		}
		return r;
	}
}
