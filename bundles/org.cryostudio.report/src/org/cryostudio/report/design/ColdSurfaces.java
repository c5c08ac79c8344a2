package org.cryostudio.report.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.cryostudio.dsl.cryo.Catalog;
import org.cryostudio.dsl.cryo.ColdTrap;
import org.cryostudio.dsl.cryo.Conductance;
import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.Cryopump;
import org.cryostudio.dsl.cryo.Pump;
import org.cryostudio.dsl.cryo.Quantity;
import org.cryostudio.dsl.cryo.Volume;
import org.cryostudio.dsl.model.ComponentTypes;
import org.cryostudio.dsl.units.SpecQuantities;
import org.cryostudio.physics.units.UnitParseException;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Finds the cold surfaces of a design: cryopump panels and baffles, cold traps. Values follow
 * catalog types (a {@code cryopump cp : Catalog.Type} takes the type's panel temperature, and the
 * report cites the type's line). The gas reaching a surface is taken at the wall temperature of
 * the volume its pump works on (its {@code on} volume, else the volume at the other end of a
 * conductance, else the only volume of the system); with none, at 293.15 K, and the report says so.
 */
public final class ColdSurfaces {

	/** Room temperature assumed for the gas when the spec gives no vessel temperature, K. */
	public static final double ROOM_TEMPERATURE = 293.15;

	private ColdSurfaces() {
	}

	/** @return the cold surfaces of the systems of a resource (not of catalog types), in spec order */
	public static List<ColdSurface> find(Resource resource) {
		List<ColdSurface> out = new ArrayList<>();
		TreeIterator<EObject> it = resource.getAllContents();
		while (it.hasNext()) {
			EObject o = it.next();
			if (o instanceof Catalog) {
				it.prune();
			} else if (o instanceof Cryopump pump) {
				surface(pump, Literals.CRYOPUMP__PANEL_TEMPERATURE, "panel").ifPresent(out::add);
				surface(pump, Literals.CRYOPUMP__BAFFLE_TEMPERATURE, "baffle").ifPresent(out::add);
			} else if (o instanceof ColdTrap trap) {
				surface(trap, Literals.COLD_TRAP__TEMPERATURE, "surface").ifPresent(out::add);
			}
		}
		return out;
	}

	private static Optional<ColdSurface> surface(Pump pump, EStructuralFeature feature, String surfaceName) {
		if (!(ComponentTypes.effective(pump, feature) instanceof Quantity q)) {
			return Optional.empty();
		}
		OptionalDouble t = si(q);
		if (t.isEmpty() || !(t.getAsDouble() > 0)) {
			return Optional.empty();
		}
		String name = SpecNodes.qualifiedName(pump);
		Optional<Volume> vessel = vesselOf(pump);
		if (vessel.isPresent() && ComponentTypes.effective(vessel.get(), Literals.VOLUME__WALL_TEMPERATURE) instanceof Quantity wall) {
			OptionalDouble tg = si(wall);
			if (tg.isPresent() && tg.getAsDouble() > 0) {
				return Optional.of(new ColdSurface(name, surfaceName, t.getAsDouble(), SpecNodes.location(q), tg.getAsDouble(),
						SpecNodes.location(wall), false));
			}
		}
		return Optional.of(new ColdSurface(name, surfaceName, t.getAsDouble(), SpecNodes.location(q), ROOM_TEMPERATURE,
				"assumed: room temperature (no wall temperature of its volume in the spec)", true));
	}

	/** @return the SI value, empty when the unit is unreadable (the validator reports it at the value) */
	private static OptionalDouble si(Quantity q) {
		try {
			return OptionalDouble.of(SpecQuantities.si(q));
		} catch (UnitParseException e) {
			return OptionalDouble.empty();
		}
	}

	/** The volume a pump works on: its attachment, else a volume at the other end of a conductance, else the only volume. */
	static Optional<Volume> vesselOf(Pump pump) {
		if (pump.getAttachedTo() instanceof Volume v && !v.eIsProxy()) {
			return Optional.of(v);
		}
		EObject system = pump.eContainer();
		if (system == null) {
			return Optional.empty();
		}
		List<Volume> volumes = new ArrayList<>();
		for (EObject o : system.eContents()) {
			if (o instanceof Conductance c) {
				if (c.getTo() == pump && c.getFrom() instanceof Volume v && !v.eIsProxy()) {
					return Optional.of(v);
				}
				if (c.getFrom() == pump && c.getTo() instanceof Volume v && !v.eIsProxy()) {
					return Optional.of(v);
				}
			}
			if (o instanceof Volume v) {
				volumes.add(v);
			}
		}
		return volumes.size() == 1 ? Optional.of(volumes.get(0)) : Optional.empty();
	}
}
