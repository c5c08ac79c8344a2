package org.cryostudio.dsl.units;

import static org.cryostudio.dsl.units.PropertyKind.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.CurvePoint;
import org.cryostudio.dsl.cryo.GasValue;
import org.cryostudio.dsl.cryo.Metric;
import org.cryostudio.dsl.cryo.Quantity;
import org.cryostudio.dsl.cryo.Requirement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The one table saying which kind of quantity every property of the language takes. Unit
 * validation, content assist, quick fixes, hovers and the SI accessors all read it; a new
 * property of the grammar gets its line here (a test fails for any Quantity feature missing).
 *
 * <p>Per-gas tables ({@code speed N2 1500 L/s, H2 2500 L/s}) and curves ({@code speed 30 m3/h at
 * 100 Pa}) take the kind of the property that holds them; a requirement's limit takes the kind
 * of its metric.
 */
public final class PropertyKinds {

	private static final Map<EStructuralFeature, PropertyKind> BY_FEATURE = new HashMap<>();
	private static final Map<Metric, PropertyKind> BY_METRIC = new EnumMap<>(Metric.class);

	static {
		put(Literals.MATERIAL__EMISSIVITY, FRACTION);
		put(Literals.MATERIAL__DENSITY, DENSITY);
		put(Literals.MIXTURE__FRACTIONS, FRACTION);

		put(Literals.VOLUME__VOLUME, VOLUME);
		put(Literals.VOLUME__WALL_AREA, AREA);
		put(Literals.VOLUME__WALL_TEMPERATURE, TEMPERATURE);
		put(Literals.BAKEOUT__TEMPERATURE, TEMPERATURE);
		put(Literals.BAKEOUT__DURATION, TIME);
		put(Literals.JUNCTION__VOLUME, VOLUME);

		put(Literals.ROUGHING_PUMP__SPEED, PUMPING_SPEED);
		put(Literals.CURVE_POINT__PRESSURE, PRESSURE);
		put(Literals.ROUGHING_PUMP__ULTIMATE_PRESSURE, PRESSURE);
		put(Literals.TURBO_PUMP__SPEEDS, PUMPING_SPEED);
		put(Literals.TURBO_PUMP__COMPRESSIONS, RATIO);
		put(Literals.TURBO_PUMP__ULTIMATE_PRESSURE, PRESSURE);
		put(Literals.CRYOPUMP__BAFFLE_TEMPERATURE, TEMPERATURE);
		put(Literals.CRYOPUMP__PANEL_TEMPERATURE, TEMPERATURE);
		put(Literals.CRYOPUMP__PANEL_AREA, AREA);
		put(Literals.CRYOPUMP__SORBENT_AREA, AREA);
		put(Literals.CRYOPUMP__SORBENT_MASS, MASS);
		put(Literals.CRYOPUMP__CAPTURES, FRACTION);
		put(Literals.CRYOPUMP__SPEEDS, PUMPING_SPEED);
		put(Literals.CRYOPUMP__CAPACITIES, GAS_AMOUNT);
		put(Literals.CRYOPUMP__CROSSOVER, GAS_AMOUNT);
		put(Literals.GETTER_PUMP__AREA, AREA);
		put(Literals.GETTER_PUMP__STICKINGS, FRACTION);
		put(Literals.GETTER_PUMP__CAPACITIES, GAS_AMOUNT);
		put(Literals.ION_PUMP__SPEEDS, PUMPING_SPEED);
		put(Literals.ION_PUMP__ULTIMATE_PRESSURE, PRESSURE);
		put(Literals.COLD_TRAP__TEMPERATURE, TEMPERATURE);
		put(Literals.COLD_TRAP__AREA, AREA);
		put(Literals.COLD_TRAP__CAPTURES, FRACTION);

		put(Literals.TUBE__DIAMETER, LENGTH);
		put(Literals.TUBE__LENGTH, LENGTH);
		put(Literals.ORIFICE__DIAMETER, LENGTH);
		put(Literals.ORIFICE__AREA, AREA);
		put(Literals.DUCT__WIDTH, LENGTH);
		put(Literals.DUCT__HEIGHT, LENGTH);
		put(Literals.DUCT__LENGTH, LENGTH);
		put(Literals.ELBOW__DIAMETER, LENGTH);
		put(Literals.ELBOW__LENGTH, LENGTH);
		put(Literals.ELBOW__ANGLE, ANGLE);
		put(Literals.BAFFLE__DIAMETER, LENGTH);
		put(Literals.BAFFLE__AREA, AREA);
		put(Literals.BAFFLE__TRANSMISSION, FRACTION);
		put(Literals.VALVE__DIAMETER, LENGTH);
		put(Literals.VALVE__TRANSMISSION, FRACTION);

		put(Literals.OUTGASSING__RATE, OUTGASSING_RATE);
		put(Literals.OUTGASSING__RATE_TIME, TIME);
		put(Literals.OUTGASSING__DECAY, RATIO);
		put(Literals.OUTGASSING__AREA, AREA);
		put(Literals.OUTGASSING__DESORPTION_ENERGY, ENERGY);
		put(Literals.OUTGASSING__DIFFUSION_THICKNESS, LENGTH);
		put(Literals.LEAK__RATE, THROUGHPUT);
		put(Literals.PERMEATION__PERMEABILITY, PERMEABILITY);
		put(Literals.PERMEATION__AREA, AREA);
		put(Literals.PERMEATION__THICKNESS, LENGTH);
		put(Literals.PERMEATION__UPSTREAM_PRESSURE, PRESSURE);
		put(Literals.GAS_FLOW__THROUGHPUT, THROUGHPUT);
		put(Literals.GAS_FLOW__DURATION, TIME);
		put(Literals.GAS_FLOW__PULSE_LENGTH, TIME);
		put(Literals.GAS_FLOW__PULSE_PERIOD, TIME);

		put(Literals.STAGE__TEMPERATURE, TEMPERATURE);
		put(Literals.STAGE__INITIAL_TEMPERATURE, TEMPERATURE);
		put(Literals.STAGE__MASS, MASS);
		put(Literals.STAGE__HEAT_CAPACITY, HEAT_CAPACITY);
		put(Literals.RADIATIVE_LINK__FIRST_AREA, AREA);
		put(Literals.RADIATIVE_LINK__SECOND_AREA, AREA);
		put(Literals.RADIATIVE_LINK__FIRST_EMISSIVITY, FRACTION);
		put(Literals.RADIATIVE_LINK__SECOND_EMISSIVITY, FRACTION);
		put(Literals.RADIATIVE_LINK__LAYERS, COUNT);
		put(Literals.RADIATIVE_LINK__LAYER_DENSITY, LAYER_DENSITY);
		put(Literals.RADIATIVE_LINK__SHIELDS, COUNT);
		put(Literals.CONDUCTIVE_LINK__SECTION, AREA);
		put(Literals.CONDUCTIVE_LINK__LENGTH, LENGTH);
		put(Literals.CONDUCTIVE_LINK__COUNT, COUNT);
		put(Literals.GAS_CONDUCTION__PRESSURE, PRESSURE);
		put(Literals.GAS_CONDUCTION__AREA, AREA);
		put(Literals.GAS_CONDUCTION__GAP, LENGTH);
		put(Literals.GAS_CONDUCTION__ACCOMMODATION, FRACTION);
		put(Literals.KAPITZA_INTERFACE__AREA, AREA);
		put(Literals.KAPITZA_INTERFACE__COEFFICIENT, KAPITZA_COEFFICIENT);
		put(Literals.HEAT_LOAD__POWER, POWER);

		put(Literals.LOAD_POINT__POWER, POWER);
		put(Literals.LOAD_POINT__TEMPERATURE, TEMPERATURE);
		put(Literals.CRYOCOOLER__INPUT_POWER, POWER);
		put(Literals.CRYOCOOLER__CARNOT_FRACTION, FRACTION);
		put(Literals.CRYOCOOLER__REJECTION_TEMPERATURE, TEMPERATURE);
		put(Literals.CRYOGEN__PRESSURE, PRESSURE);
		put(Literals.CRYOGEN__VOLUME, VOLUME);
		put(Literals.CRYOGEN__FLOW, MASS_FLOW);
		put(Literals.REFRIGERATOR__INPUT_POWER, POWER);
		put(Literals.REFRIGERATOR__CARNOT_FRACTION, FRACTION);
		put(Literals.REFRIGERATOR__REJECTION_TEMPERATURE, TEMPERATURE);
		put(Literals.DILUTION_REFRIGERATOR__FLOW, AMOUNT_FLOW);
		put(Literals.DILUTION_REFRIGERATOR__MIXING_CHAMBER_TEMPERATURE, TEMPERATURE);
		put(Literals.JT_VALVE__INLET_TEMPERATURE, TEMPERATURE);
		put(Literals.JT_VALVE__INLET_PRESSURE, PRESSURE);
		put(Literals.JT_VALVE__OUTLET_PRESSURE, PRESSURE);
		put(Literals.JT_VALVE__FLOW, MASS_FLOW);
		put(Literals.EXPANDER__INLET_TEMPERATURE, TEMPERATURE);
		put(Literals.EXPANDER__INLET_PRESSURE, PRESSURE);
		put(Literals.EXPANDER__OUTLET_PRESSURE, PRESSURE);
		put(Literals.EXPANDER__EFFICIENCY, FRACTION);
		put(Literals.EXPANDER__FLOW, MASS_FLOW);
		put(Literals.LIQUEFIER__HIGH_PRESSURE, PRESSURE);
		put(Literals.LIQUEFIER__LOW_PRESSURE, PRESSURE);
		put(Literals.LIQUEFIER__INLET_TEMPERATURE, TEMPERATURE);
		put(Literals.LIQUEFIER__PRECOOLING_TEMPERATURE, TEMPERATURE);
		put(Literals.LIQUEFIER__EFFECTIVENESS, FRACTION);
		put(Literals.LIQUEFIER__FLOW, MASS_FLOW);

		put(Literals.SHELL__RADIUS, LENGTH);
		put(Literals.SHELL__MINOR_RADIUS, LENGTH);
		put(Literals.SHELL__LENGTH, LENGTH);
		put(Literals.SHELL__THICKNESS, LENGTH);
		put(Literals.SHELL__EXTERNAL_PRESSURE, PRESSURE);
		put(Literals.SHELL__SAFETY_FACTOR, RATIO);

		put(Literals.REQUIREMENT__AFTER, TIME);
		BY_METRIC.put(Metric.PRESSURE, PRESSURE);
		BY_METRIC.put(Metric.PARTIAL_PRESSURE, PRESSURE);
		BY_METRIC.put(Metric.TEMPERATURE, TEMPERATURE);
		BY_METRIC.put(Metric.HEAT_LOAD, POWER);
		BY_METRIC.put(Metric.MARGIN, RATIO);
		BY_METRIC.put(Metric.COOLDOWN, TIME);
		BY_METRIC.put(Metric.REGENERATION, TIME);
		BY_METRIC.put(Metric.SAFETY_FACTOR, RATIO);
		BY_METRIC.put(Metric.YIELD, FRACTION);

		put(Literals.ROUGH_STEP__PRESSURE, PRESSURE);
		put(Literals.BAKE_STEP__TEMPERATURE, TEMPERATURE);
		put(Literals.BAKE_STEP__DURATION, TIME);
		put(Literals.PUMP_STEP__PRESSURE, PRESSURE);
		put(Literals.PUMP_STEP__DURATION, TIME);
		put(Literals.COOL_STEP__TEMPERATURE, TEMPERATURE);
		put(Literals.COOL_STEP__DURATION, TIME);
		put(Literals.PROCESS_STEP__DURATION, TIME);
		put(Literals.REGENERATE_STEP__TEMPERATURE, TEMPERATURE);
		put(Literals.REGENERATE_STEP__DURATION, TIME);
		put(Literals.HOLD_STEP__DURATION, TIME);
	}

	private PropertyKinds() {
	}

	private static void put(EStructuralFeature feature, PropertyKind kind) {
		if (BY_FEATURE.put(feature, kind) != null) {
			throw new IllegalStateException("property listed twice: " + feature.getName());
		}
	}

	/**
	 * @return the kind of the value, or null for a quantity outside any known property (a
	 *         detached or half-parsed one)
	 */
	public static PropertyKind kindOf(Quantity quantity) {
		EObject container = quantity.eContainer();
		EStructuralFeature feature = quantity.eContainingFeature();
		if (container instanceof Requirement requirement && feature == Literals.REQUIREMENT__LIMIT) {
			return requirement.getMetric() == null ? null : BY_METRIC.get(requirement.getMetric());
		}
		if ((container instanceof GasValue && feature == Literals.GAS_VALUE__VALUE)
				|| (container instanceof CurvePoint && feature == Literals.CURVE_POINT__VALUE)) {
			feature = container.eContainingFeature();
		}
		return feature == null ? null : BY_FEATURE.get(feature);
	}

	/** @return the kind a property takes (per-gas and curve properties: the kind of their values) */
	public static PropertyKind kindOf(EStructuralFeature feature) {
		return BY_FEATURE.get(feature);
	}

	/** @return the kind of a requirement's limit */
	public static PropertyKind kindOf(Metric metric) {
		return BY_METRIC.get(metric);
	}

	/** @return every property with its kind (for documentation and the completeness test) */
	public static Map<EStructuralFeature, PropertyKind> all() {
		return Collections.unmodifiableMap(BY_FEATURE);
	}
}
