package org.cryostudio.analysis.thermal;

import org.cryostudio.analysis.model.InvalidModelException;

/**
 * Cooling capacity of a cooler stage against its temperature, from the manufacturer's load map:
 * points (T_i, Q_i) with increasing T, linear between them. Below the map the first segment is
 * extended (towards the no-load base temperature, where the capacity is zero, and below it
 * negative: the stage cannot get colder); above the map the capacity stays at its last value
 * (conservative during a cooldown from room temperature). {@link #inRange} tells whether a
 * temperature lies on the map.
 */
public final class CapacityCurve {

	private final double[] temperature;
	private final double[] capacity;
	private final boolean rating;

	/**
	 * @param temperature increasing temperatures, K (at least two)
	 * @param capacity    capacities at them, W (non-decreasing)
	 */
	public CapacityCurve(String element, double[] temperature, double[] capacity) {
		if (temperature.length != capacity.length || temperature.length < 2) {
			throw new InvalidModelException(element, "a capacity curve needs at least two (T, Q) points");
		}
		for (int i = 1; i < temperature.length; i++) {
			if (!(temperature[i] > temperature[i - 1])) {
				throw new InvalidModelException(element, "capacity curve temperatures must increase");
			}
			if (capacity[i] < capacity[i - 1]) {
				throw new InvalidModelException(element, "capacity must not fall with temperature");
			}
		}
		this.temperature = temperature.clone();
		this.capacity = capacity.clone();
		this.rating = false;
	}

	/**
	 * A single rating point (a data sheet's "1.5 W at 4.2 K"): the stage is held near that
	 * temperature and the rating is its capacity there; the curve is flat and {@link #inRange}
	 * only within 1 % of the rating temperature.
	 */
	public static CapacityCurve rating(String element, double temperature, double capacity) {
		return new CapacityCurve(element, new double[] { temperature, temperature * 1.01 }, new double[] { capacity, capacity },
				true);
	}

	private CapacityCurve(String element, double[] temperature, double[] capacity, boolean rating) {
		if (!(temperature[0] > 0) || !(capacity[0] >= 0)) {
			throw new InvalidModelException(element, "a rating needs T > 0 and Q >= 0");
		}
		this.temperature = temperature;
		this.capacity = capacity;
		this.rating = rating;
	}


	/** @return true for a single rating point rather than a load map */
	public boolean isRating() {
		return rating;
	}

	/** @return Q(T), W */
	public double at(double t) {
		if (rating) {
			return capacity[0];
		}
		int n = temperature.length;
		int i = 0;
		if (t >= temperature[n - 1]) {
			return capacity[n - 1];
		} else {
			while (i < n - 2 && temperature[i + 1] < t) {
				i++;
			}
		}
		double s = (t - temperature[i]) / (temperature[i + 1] - temperature[i]);
		return capacity[i] + s * (capacity[i + 1] - capacity[i]);
	}

	/** @return dQ/dT at T, W/K */
	public double slope(double t) {
		double h = 1e-4 * Math.max(1.0, t);
		return (at(t + h) - at(t - h)) / (2 * h);
	}

	/** @return true when T lies within the load map */
	public boolean inRange(double t) {
		if (rating) {
			return Math.abs(t - temperature[0]) <= 0.01 * temperature[0];
		}
		return t >= temperature[0] && t <= temperature[temperature.length - 1];
	}

	/** @return lowest tabulated temperature, K */
	public double minTemperature() {
		return temperature[0];
	}

	/** @return highest tabulated temperature, K */
	public double maxTemperature() {
		return temperature[temperature.length - 1];
	}
}
