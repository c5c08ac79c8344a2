package org.cryostudio.analysis.vacuum;

import org.cryostudio.analysis.model.Check;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.vacuum.ArrheniusDesorption;
import org.cryostudio.physics.vacuum.OutgassingLaw;

/**
 * Surface outgassing of a wall: the empirical time law q(t) = q1 (t / 1 h)^-alpha of the physics
 * library ({@link OutgassingLaw}) per unit area, with its temperature dependence carried by
 * first-order desorption ({@link ArrheniusDesorption}): at wall temperature T the desorption
 * clock runs faster by r(T) = k(T)/k(T_ref), so the rate is q = r(T) q_law(t_eq) with the
 * equivalent time t_eq = integral of r(T) dt (time-temperature superposition of a distribution of
 * first-order desorption sites; e.g. Redhead, Vacuum 12 (1962) 203, and the bake model of
 * O'Hanlon, <i>A User's Guide to Vacuum Technology</i>, sec. 4.x). A bake therefore raises the
 * rate while it lasts and leaves the surface as if it had been pumped for t_eq afterwards.
 *
 * @param name           element name
 * @param volume         the volume whose wall outgasses
 * @param law            q1, alpha (and source) of the surface
 * @param area           outgassing area, m2
 * @param energyEv       desorption energy, eV (typ. 0.9-1.0 eV for water on stainless steel)
 * @param referenceTemperature temperature at which the law was measured, K
 * @param priorTime      equivalent time the surface was pumped before this pump-down (earlier
 *                       bakes of its history, counted at the reference temperature), s
 */
public record Outgassing(String name, String volume, OutgassingLaw law, double area, double energyEv,
		double referenceTemperature, double priorTime) implements GasLoad {

	/** Desorption energy of water on stainless steel, eV (Redhead 1962; O'Hanlon ch. 4: 0.9-1.0 eV). */
	public static final double WATER_ON_STEEL_EV = 0.95;

	public Outgassing {
		Check.positive(name, "area", area, "m2");
		Check.nonNegative(name, "desorption energy", energyEv, "eV"); // 0: rate independent of temperature
		Check.nonNegative(name, "prior pumping time", priorTime, "s");
		Check.positive(name, "reference temperature", referenceTemperature, "K");
		Check.positive(name, "q1", law.q1(), "Pa m/s");
		if (Gas.lookup(law.gas()).isEmpty()) {
			throw new org.cryostudio.analysis.model.InvalidModelException(name, "unknown gas '" + law.gas() + "'");
		}
	}

	@Override
	public Gas gas() {
		return Gas.lookup(law.gas()).orElseThrow();
	}

	/** @return the equivalent (desorption-clock) time at t, s */
	public double equivalentTime(double t, WallHistory wall) {
		return priorTime + wall.integral(this::clockRate, t);
	}

	/** @return r(T) = k(T) / k(T_ref) */
	public double clockRate(double wallTemperature) {
		return ArrheniusDesorption.rateRatio(energyEv, referenceTemperature, wallTemperature);
	}

	@Override
	public double throughput(double t, WallHistory wall) {
		double teq = Math.max(equivalentTime(t, wall), 1e-9);
		return area * clockRate(wall.temperatureAt(t)) * law.rateValue(teq);
	}
}
