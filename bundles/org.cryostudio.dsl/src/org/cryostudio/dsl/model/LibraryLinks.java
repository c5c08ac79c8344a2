package org.cryostudio.dsl.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cryostudio.dsl.cryo.GasSpecies;
import org.cryostudio.dsl.cryo.Material;
import org.cryostudio.dsl.cryo.PureGas;
import org.cryostudio.physics.fluids.Gas;
import org.cryostudio.physics.thermal.Materials;

/**
 * Links the standard library's entries to the physics library's data: a {@code gas N2} is the
 * physics {@link Gas} of that symbol; a {@code material SS304} is the physics material of that
 * name, and a material derived from one ({@code material Shiny : OFHC_RRR100 {...}}) takes its
 * data from its base.
 */
public final class LibraryLinks {

	private LibraryLinks() {
	}

	/** @return the physics gas of a pure gas declaration, empty for an unknown symbol or a mixture */
	public static Optional<Gas> gas(GasSpecies species) {
		if (species instanceof PureGas pure && pure.getName() != null) {
			return Gas.lookup(pure.getName()).filter(g -> g.symbol().equals(pure.getName()));
		}
		return Optional.empty();
	}

	/** @return the physics material a spec material takes its data from, following its bases */
	public static Optional<org.cryostudio.physics.thermal.Material> material(Material material) {
		for (Material m : bases(material)) {
			if (m.getBase() == null && m.getName() != null) {
				return Materials.lookup(m.getName());
			}
		}
		return Optional.empty();
	}

	/** @return the material, its base, the base's base ..., stopping at a proxy or a cycle */
	public static List<Material> bases(Material material) {
		List<Material> chain = new ArrayList<>();
		Material current = material;
		while (current != null && !current.eIsProxy() && !chain.contains(current)) {
			chain.add(current);
			current = current.getBase();
		}
		return chain;
	}
}
