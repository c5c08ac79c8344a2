package org.cryostudio.physics.fluids;

import java.util.EnumMap;
import java.util.Map;

/**
 * Entry point to the fluid property models: one shared, immutable {@link Fluid} per {@link Gas},
 * parsed from the bundle's fluid data files on first use and cached.
 */
public final class Fluids {

	private static final Map<Gas, Fluid> CACHE = new EnumMap<>(Gas.class);

	private Fluids() {
	}

	/**
	 * @param gas the species
	 * @return its property model: a Helmholtz-energy EoS for every gas except He-3, which has its
	 *         constants and ITS-90 vapour pressure only
	 */
	public static Fluid of(Gas gas) {
		synchronized (CACHE) {
			return CACHE.computeIfAbsent(gas, Fluids::load);
		}
	}

	private static Fluid load(Gas gas) {
		FluidData data = FluidData.load(gas.fluidName());
		return gas == Gas.HE3 ? new Helium3(gas, data) : new HelmholtzFluid(gas, data);
	}
}
