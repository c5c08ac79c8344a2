package org.cryostudio.report.design;

import org.cryostudio.dsl.cryo.Quantity;
import org.cryostudio.dsl.units.PropertyKind;
import org.cryostudio.dsl.units.PropertyKinds;
import org.cryostudio.dsl.units.SpecQuantities;
import org.cryostudio.physics.units.QuantityKind;
import org.cryostudio.physics.units.Unit;
import org.cryostudio.physics.units.UnitParseException;

/**
 * The SI unit a spec value is reported in, chosen by what its property measures (the language's
 * property table): a cryopump capacity in mbar*L is shown in Pa*m3 and a throughput in Pa*m3/s,
 * not in J and W, although the dimensions are the same.
 */
public final class SiUnits {

	private SiUnits() {
	}

	/** @return the coherent SI unit for a spec value, from its property's kind, else from its unit's dimension */
	public static Unit of(Quantity quantity, Unit written) {
		PropertyKind kind = PropertyKinds.kindOf(quantity);
		if (kind != null && kind.dimension().equals(written.dimension())) {
			for (String symbol : kind.units()) {
				try {
					Unit u = SpecQuantities.parse(symbol);
					if (u.factor() == 1 && u.offset() == 0) {
						return u;
					}
				} catch (UnitParseException e) {
					// the table's own units all parse; a bad entry just falls through to the dimension
				}
			}
		}
		return of(written);
	}

	/** @return the SI unit for a unit as written, by the first kind of quantity of its dimension */
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
