package org.cryostudio.bench.suite;

import java.util.Arrays;
import java.util.Locale;

/** Small statistics and number formatting for the benchmark table. */
final class Stats {

	private Stats() {
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	static double min(double[] values) {
		return Arrays.stream(values).min().orElseThrow();
	}

	/** milliseconds with three significant digits, switching to seconds above 10 s */
	static String millis(double ms) {
		if (ms >= 10_000) {
			return String.format(Locale.ROOT, "%.1f s", ms / 1000);
		}
		if (ms >= 100) {
			return String.format(Locale.ROOT, "%.0f ms", ms);
		}
		if (ms >= 10) {
			return String.format(Locale.ROOT, "%.1f ms", ms);
		}
		return String.format(Locale.ROOT, "%.2f ms", ms);
	}

	/** a rate with an SI prefix: 1.2 M/s, 340 k/s */
	static String rate(double perSecond, String what) {
		if (perSecond >= 1e6) {
			return String.format(Locale.ROOT, "%.1f M %s/s", perSecond / 1e6, what);
		}
		if (perSecond >= 1e3) {
			return String.format(Locale.ROOT, "%.0f k %s/s", perSecond / 1e3, what);
		}
		return String.format(Locale.ROOT, "%.0f %s/s", perSecond, what);
	}

	static String runs(int n) {
		return n == 1 ? "1 run" : "median of " + n + " runs";
	}
}
