package org.cryostudio.report.design;

import org.cryostudio.physics.units.QuantityKind;
import org.cryostudio.physics.units.Unit;

/**
 * The SI unit a value is reported in, chosen by what the written unit measures: a throughput in
 * mbar*L/s is shown in Pa*m3/s, not in W, although both have the same dimension.
 */
public final class SiUnits {

	private SiUnits() {
	}

	/** @return the SI unit for a unit as written */
	public static Unit of(Unit written) {
		QuantityKind fallback = null;
		for (QuantityKind k : QuantityKind.values()) {
			if (!k.dimension().equals(written.dimension())) {
				continue;
			}
			if (k.commonUnits().stream().anyMatch(u -> u.symbol().equals(written.symbol()))) {
				return k.siUnit();
			}
			if (fallback == null) {
				fallback = k;
			}
		}
		if (fallback != null) {
			return fallback.siUnit();
		}
		return new Unit(written.dimension().toString(), written.dimension(), 1, 0);
	}
}
