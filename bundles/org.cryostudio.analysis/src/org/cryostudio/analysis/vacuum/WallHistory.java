package org.cryostudio.analysis.vacuum;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * The wall temperature of one volume over time: its normal temperature, raised to the bake
 * temperature during each bakeout. Piecewise constant, so integrals of any function of the wall
 * temperature over time are exact sums ({@link #integral}), which is how outgassing models
 * accumulate their bake-weighted time or Fourier number.
 */
public final class WallHistory {

	private final double base;
	private final List<Bakeout> bakes;

	/**
	 * @param base  wall temperature outside bakes, K
	 * @param bakes bakeouts of this volume (non-overlapping)
	 */
	public WallHistory(double base, List<Bakeout> bakes) {
		this.base = base;
		List<Bakeout> sorted = new ArrayList<>(bakes);
		sorted.sort((a, b) -> Double.compare(a.start(), b.start()));
		for (int i = 1; i < sorted.size(); i++) {
			if (sorted.get(i).start() < sorted.get(i - 1).end()) {
				throw new org.cryostudio.analysis.model.InvalidModelException(sorted.get(i).volume(),
						"bakeouts overlap (one starts at " + sorted.get(i).start() + " s before the previous ends)");
			}
		}
		this.bakes = List.copyOf(sorted);
	}

	/** @return wall temperature at time t, K */
	public double temperatureAt(double t) {
		for (Bakeout b : bakes) {
			if (t >= b.start() && t < b.end()) {
				return b.temperature();
			}
		}
		return base;
	}

	/** @return the base (unbaked) wall temperature, K */
	public double base() {
		return base;
	}

	/** @return the bakeouts, in time order */
	public List<Bakeout> bakes() {
		return bakes;
	}

	/**
	 * @param f function of the wall temperature
	 * @param t end time, s (&gt;= 0)
	 * @return integral from 0 to t of f(T_wall(s)) ds (exact: T_wall is piecewise constant)
	 */
	public double integral(DoubleUnaryOperator f, double t) {
		double sum = 0;
		double covered = 0;
		double fBase = f.applyAsDouble(base);
		for (Bakeout b : bakes) {
			if (b.start() >= t) {
				break;
			}
			double end = Math.min(b.end(), t);
			sum += fBase * (b.start() - covered) + f.applyAsDouble(b.temperature()) * (end - b.start());
			covered = end;
		}
		sum += fBase * Math.max(0, t - covered);
		return sum;
	}

	/** @return the times at which the wall temperature changes, s */
	public List<Double> switchTimes() {
		List<Double> times = new ArrayList<>();
		for (Bakeout b : bakes) {
			times.add(b.start());
			times.add(b.end());
		}
		return times;
	}
}
