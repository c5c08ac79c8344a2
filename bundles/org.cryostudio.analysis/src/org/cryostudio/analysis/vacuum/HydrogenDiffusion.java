package org.cryostudio.analysis.vacuum;

import org.cryostudio.analysis.model.Check;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.vacuum.HydrogenDiffusionOutgassing;

/**
 * Diffusion-limited hydrogen outgassing of a metal wall (Calder and Lewin's model in the physics
 * library, {@link HydrogenDiffusionOutgassing}): the wall's history (prior vacuum firing plus the
 * bakes of this scenario) accumulates the Fourier number F = integral D(T) dt / d^2, and the rate
 * per face follows from F and the present wall temperature.
 *
 * @param name          element name
 * @param volume        the volume whose wall outgasses
 * @param model         wall thickness, initial concentration and diffusion data
 * @param area          outgassing area, m2
 * @param thickness     wall thickness d, m (as given to the model)
 * @param priorFourier  Fourier number already accumulated before pumping starts (vacuum firing)
 */
public record HydrogenDiffusion(String name, String volume, HydrogenDiffusionOutgassing model, double area,
		double thickness, double priorFourier) implements GasLoad {

	public HydrogenDiffusion {
		Check.positive(name, "area", area, "m2");
		Check.positive(name, "thickness", thickness, "m");
		Check.nonNegative(name, "prior Fourier number", priorFourier, "");
	}

	@Override
	public Gas gas() {
		return Gas.H2;
	}

	/** @return accumulated Fourier number at t */
	public double fourierNumber(double t, WallHistory wall) {
		return priorFourier + wall.integral(temp -> model.fourierNumber(temp, 1.0), t);
	}

	@Override
	public double throughput(double t, WallHistory wall) {
		double f = Math.max(fourierNumber(t, wall), 1e-12);
		return area * model.rate(f, wall.temperatureAt(t));
	}
}
