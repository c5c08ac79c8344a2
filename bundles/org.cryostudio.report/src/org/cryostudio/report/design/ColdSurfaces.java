package org.cryostudio.report.design;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.cryostudio.physics.fluids.Gas;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Finds the cold surfaces of a design and the gases it handles. The gas reaching a surface is
 * taken at the wall temperature of the vessel its pump is attached to (directly, or through a
 * conductance); with no such vessel, at 293.15 K, and the report says so.
 */
public final class ColdSurfaces {

	/** Room temperature assumed for the gas when the spec gives no vessel temperature, K. */
	public static final double ROOM_TEMPERATURE = 293.15;

	private ColdSurfaces() {
	}

	/** @return the cold surfaces, in the order they are written */
	public static List<ColdSurface> find(Resource resource) {
		List<ColdSurface> out = new ArrayList<>();
		TreeIterator<EObject> it = resource.getAllContents();
		while (it.hasNext()) {
			EObject o = it.next();
			if (SpecNodes.name(o).isEmpty()) {
				continue;
			}
			for (String[] feature : SpecVocabulary.COLD_SURFACE_TEMPERATURES) {
				surface(o, feature[0], feature[1]).ifPresent(out::add);
			}
			if (SpecVocabulary.COLD_TRAPS.contains(o.eClass().getName())) {
				surface(o, "temperature", "surface").ifPresent(out::add);
			}
		}
		return out;
	}

	/** @return the pure gases the design declares or uses, in the order they first appear */
	public static List<Gas> gases(Resource resource) {
		Set<Gas> gases = new LinkedHashSet<>();
		TreeIterator<EObject> it = resource.getAllContents();
		while (it.hasNext()) {
			EObject o = it.next();
			String cls = o.eClass().getName();
			String symbol = null;
			if (cls.equals(SpecVocabulary.GAS_REFERENCE)) {
				Object s = o.eGet(o.eClass().getEStructuralFeature(SpecVocabulary.GAS_SYMBOL));
				symbol = s == null ? null : s.toString();
			} else if (cls.equals(SpecVocabulary.PURE_GAS)) {
				symbol = SpecNodes.name(o).orElse(null);
			}
			if (symbol != null) {
				String exact = symbol;
				// exact symbols only: "h2" in a spec is not hydrogen
				Gas.lookup(exact).filter(g -> g.symbol().equals(exact)).ifPresent(gases::add);
			}
		}
		return List.copyOf(gases);
	}

	private static Optional<ColdSurface> surface(EObject element, String feature, String surfaceName) {
		OptionalDouble t = SpecVocabulary.si(element, feature);
		if (t.isEmpty() || !(t.getAsDouble() > 0)) {
			return Optional.empty();
		}
		String location = SpecVocabulary.quantity(element, feature).map(SpecNodes::location).orElse(SpecNodes.location(element));
		Optional<EObject> vessel = vesselOf(element);
		Optional<EObject> wall = vessel.flatMap(v -> SpecVocabulary.VESSEL_TEMPERATURES.stream()
				.map(f -> SpecVocabulary.quantity(v, f)).flatMap(Optional::stream).findFirst());
		OptionalDouble tg = wall.isPresent() ? SpecVocabulary.si(vessel.get(), wall.get().eContainingFeature().getName())
				: OptionalDouble.empty();
		if (tg.isPresent() && tg.getAsDouble() > 0) {
			return Optional.of(new ColdSurface(SpecNodes.qualifiedName(element), surfaceName, t.getAsDouble(), location,
					tg.getAsDouble(), SpecNodes.location(wall.get()), false));
		}
		return Optional.of(new ColdSurface(SpecNodes.qualifiedName(element), surfaceName, t.getAsDouble(), location,
				ROOM_TEMPERATURE, "assumed: room temperature (no vessel temperature in the spec)", true));
	}

	/** The vessel a pump works on: its attachment, else the vessel at the other end of a conductance, else the only vessel. */
	private static Optional<EObject> vesselOf(EObject pump) {
		for (String a : SpecVocabulary.ATTACHMENT) {
			Optional<EObject> v = SpecVocabulary.reference(pump, a).filter(SpecVocabulary::isVessel);
			if (v.isPresent()) {
				return v;
			}
		}
		// the system the pump belongs to: its outermost container below the file's root
		EObject root = pump;
		while (root.eContainer() != null && root.eContainer().eContainer() != null) {
			root = root.eContainer();
		}
		List<EObject> vessels = new ArrayList<>();
		TreeIterator<EObject> it = root.eAllContents();
		while (it.hasNext()) {
			EObject o = it.next();
			Optional<EObject> from = SpecVocabulary.reference(o, SpecVocabulary.FROM);
			Optional<EObject> to = SpecVocabulary.reference(o, SpecVocabulary.TO);
			if (from.isPresent() && to.isPresent()) {
				if (to.get() == pump && SpecVocabulary.isVessel(from.get())) {
					return from;
				}
				if (from.get() == pump && SpecVocabulary.isVessel(to.get())) {
					return to;
				}
			}
			if (SpecVocabulary.isVessel(o)) {
				vessels.add(o);
			}
		}
		return vessels.size() == 1 ? Optional.of(vessels.get(0)) : Optional.empty();
	}
}
