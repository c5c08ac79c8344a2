package org.cryostudio.physics.kinetic;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.model.ModelResult;

/**
 * Kinetic properties of one gas species: molecule mass from the fluid-property library
 * ({@link Fluids}), viscosity and the effective hard-sphere diameter from {@link GasViscosity}, and
 * what follows from them (mean speed, impingement rate, mean free path, Knudsen number). One
 * shared instance per gas. Inputs SI (K, Pa, m).
 */
public final class GasKinetics {

	private static final Map<Gas, GasKinetics> CACHE = new EnumMap<>(Gas.class);

	private final Gas gas;
	private final double moleculeMass;
	private final GasViscosity viscosity;

	private GasKinetics(Gas gas) {
		this.gas = gas;
		this.moleculeMass = Fluids.of(gas).moleculeMass();
		this.viscosity = GasViscosity.has(gas) ? GasViscosity.of(gas) : null;
	}

	/** @return the kinetic data of a gas */
	public static GasKinetics of(Gas gas) {
		synchronized (CACHE) {
			return CACHE.computeIfAbsent(gas, GasKinetics::new);
		}
	}

	public Gas gas() {
		return gas;
	}

	/** @return mass of one molecule, kg (from the fluid library) */
	public double moleculeMass() {
		return moleculeMass;
	}

	/** @return mean speed at T, m/s */
	public double meanSpeed(double temperature) {
		return MaxwellBoltzmann.meanSpeed(temperature, moleculeMass);
	}

	/** @return impingement rate, 1/(m2 s) */
	public double impingementRate(double pressure, double temperature) {
		return MaxwellBoltzmann.impingementRate(pressure, temperature, moleculeMass);
	}

	/** @return true when viscosity (and hence diameter and mean free path) data exist */
	public boolean hasViscosity() {
		return viscosity != null;
	}

	/** @return viscosity in Pa s, invalid outside the tabulated temperatures */
	public ModelResult viscosity(double temperature) {
		requireViscosity();
		return viscosity.viscosity(temperature);
	}

	/** @return viscosity in Pa s without validity bookkeeping (hot paths) */
	public double viscosityValue(double temperature) {
		requireViscosity();
		return viscosity.viscosityValue(temperature);
	}

	/** @return effective hard-sphere diameter at T, m (consistent with the viscosity at T) */
	public double diameter(double temperature) {
		return GasViscosity.hardSphereDiameter(viscosityValue(temperature), temperature, moleculeMass);
	}

	/** @return mean free path, m */
	public double meanFreePathValue(double pressure, double temperature) {
		return MeanFreePath.of(pressure, temperature, diameter(temperature));
	}

	/** @return mean free path with the validity of the viscosity data behind the diameter */
	public ModelResult meanFreePath(double pressure, double temperature) {
		ModelResult eta = viscosity(temperature);
		double value = meanFreePathValue(pressure, temperature);
		return new ModelResult(value, "m", eta.valid(), "hard-sphere mean free path, viscosity diameter",
				"Kaye & Laby sec. 2.2.4; " + eta.source(), eta.ranges(), eta.warnings());
	}

	/** @return Kn = lambda / dimension */
	public double knudsenNumber(double pressure, double temperature, double dimension) {
		return meanFreePathValue(pressure, temperature) / dimension;
	}

	private void requireViscosity() {
		if (viscosity == null) {
			throw new IllegalStateException("no viscosity data for " + gas.symbol() + "; gases with data: "
					+ List.of(Gas.values()).stream().filter(GasViscosity::has).map(Gas::symbol).toList());
		}
	}
}
