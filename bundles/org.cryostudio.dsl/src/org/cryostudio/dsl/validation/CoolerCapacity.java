package org.cryostudio.dsl.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

import org.cryostudio.dsl.cryo.ColdSource;
import org.cryostudio.dsl.cryo.CryoPackage.Literals;
import org.cryostudio.dsl.cryo.Cryocooler;
import org.cryostudio.dsl.cryo.LoadMapRow;
import org.cryostudio.dsl.cryo.LoadPoint;
import org.cryostudio.dsl.cryo.Refrigerator;
import org.cryostudio.dsl.model.ComponentTypes;

/**
 * What a cold source's data say about its capacity at a temperature. A cryocooler's stage n is the
 * n-th point of its capacity and of every load-map row; between two points of a stage the capacity
 * is interpolated linearly; outside them only a bound is known, since capacity rises with
 * temperature: at least the value of the nearest colder point, at most that of the nearest warmer
 * one, and none below a zero-load point (the cooler's base temperature). A refrigerator's points are
 * its temperature levels, never interpolated.
 *
 * @param kind  what the value means
 * @param value W
 * @param basis the data the answer rests on, for messages
 */
record CoolerCapacity(Kind kind, double value, String basis) {

	/** What a capacity value means. */
	enum Kind {
		EXACT, AT_LEAST, AT_MOST, UNKNOWN
	}

	private record Point(double temperature, double power) {
	}

	/**
	 * @param stage 1-based cooler stage (refrigerators: ignored)
	 * @param t     stage temperature, K
	 */
	static CoolerCapacity of(ColdSource source, int stage, double t) {
		List<Point> points = new ArrayList<>();
		boolean interpolate = source instanceof Cryocooler;
		if (source instanceof Cryocooler cooler) {
			add(points, ComponentTypes.effective(cooler, Literals.CRYOCOOLER__CAPACITY), stage);
			Object map = ComponentTypes.effective(cooler, Literals.CRYOCOOLER__LOAD_MAP);
			if (map instanceof List<?> rows) {
				for (Object row : rows) {
					add(points, ((LoadMapRow) row).getPoints(), stage);
				}
			}
		} else if (source instanceof Refrigerator plant) {
			Object capacity = ComponentTypes.effective(plant, Literals.REFRIGERATOR__CAPACITY);
			if (capacity instanceof List<?> list) {
				for (Object o : list) {
					point((LoadPoint) o).ifPresent(points::add);
				}
			}
		}
		if (points.isEmpty()) {
			return new CoolerCapacity(Kind.UNKNOWN, 0, "no capacity data");
		}
		points.sort(Comparator.comparingDouble(Point::temperature));
		Point below = null;
		Point above = null;
		for (Point p : points) {
			if (Math.abs(p.temperature() - t) <= 1e-3 * t) {
				double best = points.stream().filter(q -> Math.abs(q.temperature() - t) <= 1e-3 * t)
						.mapToDouble(Point::power).max().orElse(p.power());
				return new CoolerCapacity(Kind.EXACT, best, describe(p.temperature(), best));
			}
			if (p.temperature() < t) {
				below = p;
			} else if (above == null) {
				above = p;
			}
		}
		if (below != null && above != null && interpolate) {
			double f = (t - below.temperature()) / (above.temperature() - below.temperature());
			double value = below.power() + f * (above.power() - below.power());
			return new CoolerCapacity(Kind.EXACT, value, "interpolated between " + describe(below.temperature(), below.power())
					+ " and " + describe(above.temperature(), above.power()));
		}
		if (below != null) {
			return new CoolerCapacity(Kind.AT_LEAST, below.power(), "at least its " + describe(below.temperature(), below.power()));
		}
		if (above.power() == 0) {
			return new CoolerCapacity(Kind.AT_MOST, 0, "none: its lowest temperature (no load) is " + Show.kelvin(above.temperature()));
		}
		return new CoolerCapacity(Kind.AT_MOST, above.power(), "at most its " + describe(above.temperature(), above.power())
				+ " (no data at lower temperatures)");
	}

	private static void add(List<Point> points, Object loadPoints, int stage) {
		if (loadPoints instanceof List<?> list && list.size() >= stage) {
			point((LoadPoint) list.get(stage - 1)).ifPresent(points::add);
		}
	}

	private static java.util.Optional<Point> point(LoadPoint p) {
		OptionalDouble q = SpecValues.si(p, Literals.LOAD_POINT__POWER);
		OptionalDouble t = SpecValues.positive(p, Literals.LOAD_POINT__TEMPERATURE);
		return q.isPresent() && t.isPresent() ? java.util.Optional.of(new Point(t.getAsDouble(), q.getAsDouble()))
				: java.util.Optional.empty();
	}

	private static String describe(double t, double q) {
		return Show.watt(q) + " at " + Show.kelvin(t);
	}

	/** @return true when the capacity is known to be below the load */
	boolean below(double load) {
		return (kind == Kind.EXACT || kind == Kind.AT_MOST) && value < load;
	}
}
