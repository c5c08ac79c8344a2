package org.cryostudio.physics.fluids;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cryostudio.physics.PhysicalConstants;

/**
 * One vapour-pressure correlation p(T) over a temperature interval: a sublimation curve below the
 * triple point or an ITS-90 helium equation. Coefficients, sources, ranges and uncertainties are
 * in {@code vapour-pressure.txt} next to this class (its header documents the forms).
 *
 * <p>All forms are monotonic in T over their range, so the inverse {@link #temperature(double)} is
 * found by a safeguarded Newton iteration on ln p (except ITS-90, which is explicit in T).
 */
final class VapourPressureCurve {

	/** Pascal per mmHg (exact: 101325/760). */
	private static final double MMHG = PhysicalConstants.STANDARD_ATMOSPHERE / 760.0;

	private static final Map<Gas, List<VapourPressureCurve>> ALL = load();

	final Gas gas;
	final String kind;
	final double minTemperature;
	final double maxTemperature;
	private final double[] c;
	/** false for estimates without a published correlation: their answers are never valid */
	final boolean published;
	final String model;
	final String source;
	final String uncertainty;

	private VapourPressureCurve(Gas gas, String kind, double tMin, double tMax, double[] c, boolean published,
			String model, String source, String uncertainty) {
		this.gas = gas;
		this.kind = kind;
		this.minTemperature = tMin;
		this.maxTemperature = tMax;
		this.c = c;
		this.published = published;
		this.model = model;
		this.source = source;
		this.uncertainty = uncertainty;
	}

	/** @return the curves of one gas, ordered by temperature; empty when none exists */
	static List<VapourPressureCurve> of(Gas gas) {
		return ALL.getOrDefault(gas, List.of());
	}

	/**
	 * The curve whose range contains T, else the one nearest to T (for a flagged extrapolation).
	 *
	 * @return null when the gas has no curve
	 */
	static VapourPressureCurve nearest(Gas gas, double temperature) {
		VapourPressureCurve best = null;
		double bestDistance = Double.POSITIVE_INFINITY;
		for (VapourPressureCurve k : of(gas)) {
			double d = k.contains(temperature) ? 0
					: Math.min(Math.abs(temperature - k.minTemperature), Math.abs(temperature - k.maxTemperature));
			if (d < bestDistance) {
				bestDistance = d;
				best = k;
			}
		}
		return best;
	}

	/**
	 * The curve whose pressure range contains p, else the one nearest in ln p.
	 *
	 * @return null when the gas has no curve
	 */
	static VapourPressureCurve nearestByPressure(Gas gas, double pressure) {
		// adjacent fits need not meet exactly: prefer the curve whose own inverse lands in its range
		for (VapourPressureCurve k : of(gas)) {
			if (k.contains(k.temperature(pressure))) {
				return k;
			}
		}
		VapourPressureCurve best = null;
		double bestDistance = Double.POSITIVE_INFINITY;
		double lp = Math.log(pressure);
		for (VapourPressureCurve k : of(gas)) {
			double lo = Math.log(k.pressure(k.minTemperature)), hi = Math.log(k.pressure(k.maxTemperature));
			double d = lp >= lo && lp <= hi ? 0 : Math.min(Math.abs(lp - lo), Math.abs(lp - hi));
			if (d < bestDistance) {
				bestDistance = d;
				best = k;
			}
		}
		return best;
	}

	boolean contains(double temperature) {
		return temperature >= minTemperature && temperature <= maxTemperature;
	}

	/**
	 * Vapour pressure at T, evaluated even outside the range: there the curve is continued as a
	 * Clausius-Clapeyron line (ln p linear in 1/T) with the slope at the nearer end, because the
	 * polynomial forms diverge quickly outside their fit. The caller flags such values.
	 *
	 * @param temperature K
	 * @return Pa
	 */
	double pressure(double temperature) {
		if (temperature < minTemperature || temperature > maxTemperature) {
			double end = temperature < minTemperature ? minTemperature : maxTemperature;
			// one-sided difference inside the range: some forms are undefined just beyond it
			double inner = temperature < minTemperature ? end * (1 + 1e-6) : end * (1 - 1e-6);
			double lnp = Math.log(fit(end));
			double slope = (Math.log(fit(inner)) - lnp) / (1 / inner - 1 / end);
			return Math.exp(lnp + slope * (1 / temperature - 1 / end));
		}
		return fit(temperature);
	}

	/** The correlation itself, Pa. */
	private double fit(double temperature) {
		double t = temperature;
		switch (kind) {
		case "fray-schmitt" -> {
			double s = c[0], ti = 1;
			for (int i = 1; i < c.length; i++) {
				ti /= t;
				s += c[i] * ti;
			}
			return 1e5 * Math.exp(s);
		}
		case "iapws-ice", "wagner-ratio" -> {
			double tt = c[0], pt = c[1], s = 0;
			for (int i = 2; i + 1 < c.length; i += 2) {
				double x = kind.equals("iapws-ice") ? t / tt : 1 - t / tt;
				s += c[i] * Math.pow(x, c[i + 1]);
			}
			return pt * Math.exp(tt / t * s);
		}
		case "log10-mmhg" -> {
			return MMHG * Math.pow(10, c[0] + c[1] / t);
		}
		case "ln-mmhg-lnt" -> {
			return MMHG * Math.exp(c[0] + c[1] / t + c[2] * Math.log(t));
		}
		case "ln-bar-poly" -> {
			return 1e5 * Math.exp(c[0] + c[1] / t + c[2] * Math.log(t) + c[3] * t + c[4] * t * t + c[5] * t * t * t);
		}
		case "clapeyron" -> {
			return c[1] * Math.exp(-c[2] / PhysicalConstants.GAS_CONSTANT * (1 / t - 1 / c[0]));
		}
		case "its90" -> {
			return its90Pressure(t);
		}
		default -> throw new IllegalStateException("unknown vapour-pressure form " + kind);
		}
	}

	/** @return temperature at which this curve gives p (Pa), K, evaluated even outside the range */
	double temperature(double pressure) {
		if (kind.equals("its90") && pressure >= fit(minTemperature) && pressure <= fit(maxTemperature)) {
			return its90Temperature(pressure);
		}
		double target = Math.log(pressure);
		// ln p is close to linear in 1/T: Newton in x = 1/T from the range end points
		double x0 = 1 / minTemperature, x1 = 1 / maxTemperature;
		double y0 = Math.log(pressure(minTemperature)), y1 = Math.log(pressure(maxTemperature));
		double x = x0 + (target - y0) * (x1 - x0) / (y1 - y0);
		for (int i = 0; i < 60; i++) {
			double t = 1 / x;
			double y = Math.log(pressure(t));
			double h = 1e-6 * x;
			double slope = (Math.log(pressure(1 / (x + h))) - y) / h;
			double step = (target - y) / slope;
			x += step;
			if (!(x > 0)) {
				x = 0.5 * (x - step);
			}
			if (Math.abs(step) < 1e-15 * x) {
				break;
			}
		}
		return 1 / x;
	}

	private double its90Temperature(double pressure) {
		double b = c[0], cc = c[1];
		double z = (Math.log(pressure) - b) / cc, zi = 1, t = c[2];
		for (int i = 3; i < c.length; i++) {
			zi *= z;
			t += c[i] * zi;
		}
		return t;
	}

	private double its90Pressure(double temperature) {
		// invert T90(z), z = (ln p - B)/C, by Newton safeguarded with bisection: over each
		// equation's range z stays within about [-1, 1] and T90(z) increases monotonically there
		double b = c[0], cc = c[1];
		double lo = -1.5, hi = 1.5, z = 0;
		for (int k = 0; k < 100; k++) {
			double zi = 1, t = c[2], dt = 0;
			for (int i = 3; i < c.length; i++) {
				dt += (i - 2) * c[i] * zi;
				zi *= z;
				t += c[i] * zi;
			}
			if (t < temperature) {
				lo = z;
			} else {
				hi = z;
			}
			double nz = z + (temperature - t) / dt;
			if (!(dt > 0) || !(nz > lo && nz < hi)) {
				nz = 0.5 * (lo + hi);
			}
			if (Math.abs(nz - z) < 1e-15) {
				z = nz;
				break;
			}
			z = nz;
		}
		return Math.exp(b + cc * z);
	}

	private static Map<Gas, List<VapourPressureCurve>> load() {
		Map<Gas, List<VapourPressureCurve>> map = new EnumMap<>(Gas.class);
		try (InputStream in = VapourPressureCurve.class.getResourceAsStream("vapour-pressure.txt")) {
			if (in == null) {
				throw new IllegalStateException("vapour-pressure.txt missing from the physics bundle");
			}
			BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			int no = 0;
			while ((line = r.readLine()) != null) {
				no++;
				String s = line.strip();
				if (s.isEmpty() || s.startsWith("#")) {
					continue;
				}
				String[] f = s.split(";", 8);
				if (f.length != 8) {
					throw new IllegalStateException("vapour-pressure.txt:" + no + ": expected 8 fields");
				}
				Gas gas = Gas.lookup(f[0].strip())
						.orElseThrow(() -> new IllegalStateException("unknown gas " + f[0]));
				String[] range = f[2].strip().split("\\s+");
				String[] cs = f[3].strip().split("\\s+");
				double[] c = new double[cs.length];
				for (int i = 0; i < cs.length; i++) {
					c[i] = Double.parseDouble(cs[i]);
				}
				map.computeIfAbsent(gas, g -> new ArrayList<>())
						.add(new VapourPressureCurve(gas, f[1].strip(), Double.parseDouble(range[0]),
								Double.parseDouble(range[1]), c, f[4].strip().equals("valid"), f[5].strip(),
								f[6].strip(), f[7].strip()));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		map.replaceAll((g, l) -> {
			l.sort((a, b) -> Double.compare(a.minTemperature, b.minTemperature));
			return List.copyOf(l);
		});
		return map;
	}
}
