package org.cryostudio.analysis.model;

import java.util.EnumMap;
import java.util.Map;

import org.cryostudio.physics.fluids.FluidState;
import org.cryostudio.physics.fluids.Fluids;
import org.cryostudio.physics.fluids.Gas;

/** Per-gas constants the networks need, from the fluid library, cached. */
public final class GasData {

	private static final Map<Gas, Double> GAMMA = new EnumMap<>(Gas.class);

	private GasData() {
	}

	/** @return mass of one molecule, kg */
	public static double moleculeMass(Gas gas) {
		return Fluids.of(gas).moleculeMass();
	}

	/** @return cp/cv of the dilute gas at 300 K and 100 Pa (fluid library EoS) */
	public static double gamma(Gas gas) {
		synchronized (GAMMA) {
			return GAMMA.computeIfAbsent(gas, g -> {
				if (g == Gas.HE3) {
					return 5.0 / 3.0; // monatomic ideal gas: He-3 has no EoS in the library
				}
				FluidState s = Fluids.of(g).stateTP(300.0, 100.0);
				return s.cv() > 0 ? s.cp() / s.cv() : 5.0 / 3.0;
			});
		}
	}
}
