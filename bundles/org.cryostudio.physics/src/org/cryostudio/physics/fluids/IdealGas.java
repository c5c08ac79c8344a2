package org.cryostudio.physics.fluids;

import java.util.ArrayList;
import java.util.List;

import org.cryostudio.physics.PhysicalConstants;
import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.model.ValidityRange;

/**
 * The ideal-gas law p = rho R T / M, the textbook model shown beside the reference EoS in reports.
 * Its validity is judged against the EoS: where the compressibility factor Z of the EoS differs
 * from 1 by more than {@link #TOLERANCE}, the answer is marked invalid with the actual deviation.
 * Inputs SI: K, Pa; output kg/m3.
 */
public final class IdealGas {

	/** Largest |Z - 1| for which the ideal-gas density counts as valid (1 %). */
	public static final double TOLERANCE = 0.01;

	private static final String MODEL = "ideal gas, rho = p M / (R T)";
	private static final String SOURCE = "ideal-gas law; R = 8.314462618 J/(mol K) (CODATA 2018, exact)";

	private IdealGas() {
	}

	/** @return ideal-gas density, kg/m3 (no validity check) */
	public static double density(double molarMass, double temperature, double pressure) {
		return pressure * molarMass / (PhysicalConstants.GAS_CONSTANT * temperature);
	}

	/**
	 * Ideal-gas density of a gas, valid where the gas's EoS gives |Z - 1| &lt;= 1 %.
	 *
	 * @param temperature K
	 * @param pressure    Pa
	 * @return density in kg/m3
	 */
	public static ModelResult density(Gas gas, double temperature, double pressure) {
		Fluid fluid = Fluids.of(gas);
		double rho = density(fluid.molarMass(), temperature, pressure);
		List<ValidityRange> range = List.of(new ValidityRange("|Z-1|", 0, TOLERANCE, "1"));
		List<String> w = new ArrayList<>();
		FluidState real = fluid.stateTP(temperature, pressure);
		if (real.valid() && real.compressibility() > 0) {
			double dev = real.compressibility() - 1;
			if (Math.abs(dev) > TOLERANCE) {
				w.add(String.format(java.util.Locale.ROOT, "the gas is not ideal here: Z = %.4f (%s, %s)",
						real.compressibility(), fluid.eosModel(), real.phase()));
			}
		} else {
			w.add("no reference EoS state to check the ideal-gas assumption against");
		}
		return new ModelResult(rho, "kg/m3", w.isEmpty(), MODEL, SOURCE, range, w);
	}
}
