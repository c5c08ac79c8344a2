package org.cryostudio.analysis.thermal;

import org.cryostudio.analysis.model.Check;
import org.cryostudio.physics.thermal.Material;

/** Heat capacity of part of a node, J/K as a function of temperature. */
public sealed interface HeatCapacity {

	/** @return C(T), J/K */
	double at(double temperature);

	/** A mass of a library material: C = m c_p(T) (NIST fits of the physics library). */
	record OfMaterial(Material material, double mass) implements HeatCapacity {
		public OfMaterial {
			Check.positive(material.name(), "mass", mass, "kg");
			if (!material.hasHeatCapacity()) {
				throw new org.cryostudio.analysis.model.InvalidModelException(material.name(),
						"the material library has no specific-heat data for it");
			}
		}

		@Override
		public double at(double temperature) {
			return mass * material.heatCapacityValue(temperature);
		}
	}

	/** A constant heat capacity, J/K (test cases, lumped parts given by the user). */
	record Constant(double value) implements HeatCapacity {
		public Constant {
			Check.positive("heat capacity", "value", value, "J/K");
		}

		@Override
		public double at(double temperature) {
			return value;
		}
	}
}
