package org.cryostudio.analysis.numeric;

/**
 * Logarithmically spaced sample points and interpolation on recorded curves, for series that span
 * decades (pump-down pressure against time, cooldown temperature against time).
 */
public final class LogGrid {

	private LogGrid() {
	}

	/** @return n points from a to b (both &gt; 0), uniform in log */
	public static double[] points(double a, double b, int n) {
		double[] x = new double[n];
		double la = Math.log(a);
		double lb = Math.log(b);
		for (int i = 0; i < n; i++) {
			x[i] = i == n - 1 ? b : Math.exp(la + (lb - la) * i / (n - 1));
		}
		x[0] = a;
		return x;
	}

	/**
	 * Interpolates a recorded curve at x: linearly in log y against log x where both neighbours are
	 * positive, linearly otherwise. x outside the record takes the nearest end value.
	 *
	 * @param xs increasing abscissae (&gt; 0)
	 * @param ys values
	 * @param n  number of valid entries
	 */
	public static double interpolate(double[] xs, double[] ys, int n, double x) {
		if (n == 0) {
			return 0.0;
		}
		if (x <= xs[0]) {
			return ys[0];
		}
		if (x >= xs[n - 1]) {
			return ys[n - 1];
		}
		int lo = bracket(xs, n, x);
		double x0 = xs[lo];
		double x1 = xs[lo + 1];
		double y0 = ys[lo];
		double y1 = ys[lo + 1];
		if (x1 == x0) {
			return y1;
		}
		if (y0 > 0 && y1 > 0 && x0 > 0) {
			double s = Math.log(x / x0) / Math.log(x1 / x0);
			return Math.exp(Math.log(y0) + s * Math.log(y1 / y0));
		}
		double s = (x - x0) / (x1 - x0);
		return y0 + s * (y1 - y0);
	}

	/**
	 * Interpolates a recorded curve at x linearly (for values such as temperatures that do not span
	 * decades). x outside the record takes the nearest end value.
	 *
	 * @param xs increasing abscissae
	 * @param ys values
	 * @param n  number of valid entries (at least 1)
	 */
	public static double linear(double[] xs, double[] ys, int n, double x) {
		if (x <= xs[0]) {
			return ys[0];
		}
		if (x >= xs[n - 1]) {
			return ys[n - 1];
		}
		int lo = bracket(xs, n, x);
		double s = (x - xs[lo]) / (xs[lo + 1] - xs[lo]);
		return ys[lo] + s * (ys[lo + 1] - ys[lo]);
	}

	/** @return i with xs[i] &lt;= x &lt; xs[i + 1], for xs[0] &lt; x &lt; xs[n - 1] (bisection) */
	private static int bracket(double[] xs, int n, double x) {
		int lo = 0;
		int hi = n - 1;
		while (hi - lo > 1) {
			int mid = (lo + hi) >>> 1;
			if (xs[mid] <= x) {
				lo = mid;
			} else {
				hi = mid;
			}
		}
		return lo;
	}

	/**
	 * @return the first x at which the recorded curve falls to or below the level (log-interpolated
	 *         between records), or NaN when it never does
	 */
	public static double firstCrossingBelow(double[] xs, double[] ys, int n, double level) {
		for (int i = 0; i < n; i++) {
			if (ys[i] <= level) {
				if (i == 0) {
					return xs[0];
				}
				double y0 = ys[i - 1];
				double y1 = ys[i];
				double s = y0 > 0 && y1 > 0 && level > 0 ? Math.log(y0 / level) / Math.log(y0 / y1) : (y0 - level) / (y0 - y1);
				return xs[i - 1] + s * (xs[i] - xs[i - 1]);
			}
		}
		return Double.NaN;
	}

	/**
	 * @return the x from which the recorded curve stays at or below the level to its end (the
	 *         crossing after its last excursion above; a gas that only appears later is not
	 *         "reached" at the start), or NaN when it ends above the level
	 */
	public static double settledBelow(double[] xs, double[] ys, int n, double level) {
		if (n == 0 || ys[n - 1] > level) {
			return Double.NaN;
		}
		int last = -1;
		for (int i = n - 1; i >= 0; i--) {
			if (ys[i] > level) {
				last = i;
				break;
			}
		}
		if (last < 0) {
			return xs[0];
		}
		double y0 = ys[last];
		double y1 = ys[last + 1];
		double s = y0 > 0 && y1 > 0 && level > 0 ? Math.log(y0 / level) / Math.log(y0 / y1) : (y0 - level) / (y0 - y1);
		return xs[last] + s * (xs[last + 1] - xs[last]);
	}
}
