package org.cryostudio.dsl.validation;

import java.util.OptionalDouble;
import java.util.function.DoubleFunction;

import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.CryoSystem;
import org.cryostudio.dsl.cryo.Element;
import org.cryostudio.dsl.cryo.Metric;
import org.cryostudio.dsl.cryo.Requirement;
import org.cryostudio.dsl.cryo.Shell;
import org.cryostudio.dsl.cryo.ShellShape;
import org.cryostudio.dsl.model.ComponentTypes;
import org.cryostudio.dsl.model.LibraryLinks;
import org.cryostudio.physics.model.ModelResult;
import org.cryostudio.physics.structures.ShellBuckling;
import org.cryostudio.physics.thermal.Material;
import org.eclipse.xtext.validation.Check;

/**
 * Thin shells under external pressure ({@link ShellBuckling}: Zoelly sphere, Windenburg-Trilling
 * cylinder, long-cylinder bound for a torus, with their knock-down factors) against the safety
 * factor the shell or a {@code safetyFactor(shell)} requirement states; without one, a shell that
 * buckles below its external pressure (factor 1). Young's modulus is taken at room temperature,
 * where it is lowest for the library's metals, so a cold shell is judged conservatively.
 */
public class BucklingValidator extends PhysicsCheck {

	/** Temperature at which Young's modulus is taken, K (within every library fit of E). */
	static final double ROOM = 293.0;

	@Check
	public void checkShell(Shell shell) {
		Object shape = SpecValues.written(shell, Literals.SHELL__SHAPE);
		OptionalDouble thickness = SpecValues.positive(shell, Literals.SHELL__THICKNESS);
		OptionalDouble pressure = SpecValues.positive(shell, Literals.SHELL__EXTERNAL_PRESSURE);
		Object materialRef = ComponentTypes.effective(shell, Literals.SHELL__MATERIAL);
		if (!(shape instanceof ShellShape s) || thickness.isEmpty() || pressure.isEmpty()
				|| !(materialRef instanceof org.cryostudio.dsl.cryo.Material m)) {
			return;
		}
		Material material = LibraryLinks.material(m).orElse(null);
		if (material == null) {
			return;
		}
		ModelResult e;
		try {
			e = material.youngsModulus(ROOM);
		} catch (IllegalStateException noData) {
			warningAt(shell, Literals.SHELL__MATERIAL, "no Young's modulus for " + material.name()
					+ " in the materials library: the buckling of " + name(shell) + " cannot be checked",
					IssueCodes.PROPERTY_RANGE, null);
			return;
		}
		if (!e.valid()) {
			warningAt(shell, Literals.SHELL__MATERIAL, "Young's modulus of " + material.name() + ": "
					+ String.join("; ", e.warnings()), IssueCodes.PROPERTY_RANGE, null);
			return;
		}
		double youngs = e.value();
		double nu = material.poissonRatio();
		DoubleFunction<ModelResult> buckling = switch (s) {
			case SPHERE -> positive(shell, Literals.SHELL__RADIUS) ? t -> ShellBuckling.sphere(
					SpecValues.si(shell, Literals.SHELL__RADIUS).getAsDouble(), t, youngs, nu, ShellBuckling.SPHERE_KNOCKDOWN) : null;
			case CYLINDER -> positive(shell, Literals.SHELL__RADIUS) && positive(shell, Literals.SHELL__LENGTH)
					? t -> ShellBuckling.cylinder(2 * SpecValues.si(shell, Literals.SHELL__RADIUS).getAsDouble(),
							SpecValues.si(shell, Literals.SHELL__LENGTH).getAsDouble(), t, youngs, nu, ShellBuckling.CYLINDER_KNOCKDOWN)
					: null;
			case TORUS -> positive(shell, Literals.SHELL__MINOR_RADIUS) ? t -> ShellBuckling.torus(
					SpecValues.si(shell, Literals.SHELL__MINOR_RADIUS).getAsDouble(), t, youngs, nu,
					ShellBuckling.CYLINDER_KNOCKDOWN) : null;
		};
		if (buckling == null) {
			return;
		}
		double t = thickness.getAsDouble();
		ModelResult pb = buckling.apply(t);
		boolean estimate = s == ShellShape.TORUS;
		if (!pb.valid() && !estimate) {
			warningAt(shell, Literals.SHELL__THICKNESS, "buckling of " + name(shell) + " outside the thin-shell model ("
					+ pb.model() + "): " + String.join("; ", pb.warnings()), IssueCodes.PROPERTY_RANGE, null);
			return;
		}
		OptionalDouble declared = SpecValues.positive(shell, Literals.SHELL__SAFETY_FACTOR);
		Requirement requirement = requirement(shell);
		OptionalDouble required = declared.isPresent() ? declared
				: requirement != null ? SpecValues.si(requirement.getLimit()) : OptionalDouble.empty();
		double factorRequired = required.orElse(1.0);
		double factor = ShellBuckling.safetyFactor(pb.value(), pressure.getAsDouble());
		if (!(factor < factorRequired)) {
			return;
		}
		double needed = thicknessFor(buckling, factorRequired * pressure.getAsDouble(), t);
		String message = name(shell) + " (" + s.getLiteral() + ", " + material.name() + ", t = "
				+ Show.like(t, SpecValues.quantity(shell, Literals.SHELL__THICKNESS), "m") + ") buckles at "
				+ Show.pascal(pb.value()) + " (" + pb.model() + ", " + pb.source() + "; E = " + Show.si(youngs / 1e9, "GPa")
				+ " at " + Show.kelvin(ROOM) + "): under " + Show.pascal(pressure.getAsDouble())
				+ " external pressure its safety factor is " + Show.number(factor) + ", below the required "
				+ Show.number(factorRequired) + (required.isEmpty() ? " (no safety factor stated: it buckles)" : "")
				+ (estimate ? " (conservative estimate: " + String.join("; ", pb.warnings()) + ")" : "")
				+ (Double.isFinite(needed) ? "; a wall of " + Show.si(needed * 1e3, "mm") + " meets it" : "");
		PhysicsFixes fixes = new PhysicsFixes();
		if (Double.isFinite(needed)) {
			String value = Show.literal(Show.roundUp(needed * 1e3, 2)) + " mm";
			fixes.add("Set the thickness to " + value, PhysicsFixes.setProperty(shell, Literals.SHELL__THICKNESS, "thickness", value));
		}
		if (estimate) {
			warningAt(shell, Literals.SHELL__THICKNESS, message, IssueCodes.BUCKLING_MARGIN, fixes);
		} else {
			errorAt(shell, Literals.SHELL__THICKNESS, message, IssueCodes.BUCKLING_MARGIN, fixes);
		}
	}

	/** @return the thickness whose buckling pressure is the target (bisection; buckling rises with t), m, or NaN */
	private static double thicknessFor(DoubleFunction<ModelResult> buckling, double target, double from) {
		double lo = from;
		double hi = from;
		for (int i = 0; i < 60 && buckling.apply(hi).value() < target; i++) {
			lo = hi;
			hi *= 1.5;
		}
		if (buckling.apply(hi).value() < target) {
			return Double.NaN;
		}
		for (int i = 0; i < 60; i++) {
			double mid = 0.5 * (lo + hi);
			if (buckling.apply(mid).value() < target) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		return hi;
	}

	private static boolean positive(Shell shell, org.eclipse.emf.ecore.EStructuralFeature feature) {
		return SpecValues.positive(shell, feature).isPresent();
	}

	/** @return a {@code safetyFactor(shell) >= X} requirement on the shell, or null */
	private static Requirement requirement(Shell shell) {
		if (!(shell.eContainer() instanceof CryoSystem system)) {
			return null;
		}
		for (Element member : system.getMembers()) {
			if (member instanceof Requirement r && r.getMetric() == Metric.SAFETY_FACTOR && r.getSubject() == shell) {
				return r;
			}
		}
		return null;
	}
}
