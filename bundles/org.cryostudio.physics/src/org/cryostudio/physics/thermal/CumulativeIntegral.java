package org.cryostudio.physics.thermal;

import java.util.function.DoubleUnaryOperator;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * The running integral F(T) = integral_Tmin^T y(T') dT' of a smooth positive property fit, tabulated
 * once on a logarithmic temperature grid and interpolated by cubic Hermite polynomials that use the
 * exact derivative F' = y at the nodes. Used for thermal-conductivity integrals (conduction) and
 * heat-capacity integrals (cooldown enthalpy) inside solver loops: two table look-ups instead of a
 * quadrature per call.
 *
 * <p>Accuracy: each grid interval is integrated with 8-point Gauss-Legendre; with 64 nodes per
 * decade the Hermite interpolation error is below 1e-6 relative for the NIST fits (verified
 * against direct quadrature in the tests).
 */
final class CumulativeIntegral {

	private static final int NODES_PER_DECADE = 64;
	private static final GaussIntegrator GAUSS = new GaussIntegratorFactory().legendre(8, 0.0, 1.0);

	private final DoubleUnaryOperator integrand;
	private final double lnMin;
	private final double step;
	private final double[] temperatures;
	private final double[] values;
	private final double[] cumulative;

	CumulativeIntegral(DoubleUnaryOperator integrand, double min, double max) {
		this.integrand = integrand;
		this.lnMin = Math.log(min);
		int intervals = Math.max(8, (int) Math.ceil(Math.log10(max / min) * NODES_PER_DECADE));
		this.step = (Math.log(max) - lnMin) / intervals;
		temperatures = new double[intervals + 1];
		values = new double[intervals + 1];
		cumulative = new double[intervals + 1];
		for (int i = 0; i <= intervals; i++) {
			temperatures[i] = i == intervals ? max : Math.exp(lnMin + i * step);
			values[i] = integrand.applyAsDouble(temperatures[i]);
			if (i > 0) {
				cumulative[i] = cumulative[i - 1] + quadrature(integrand, temperatures[i - 1], temperatures[i]);
			}
		}
	}

	double min() {
		return temperatures[0];
	}

	double max() {
		return temperatures[temperatures.length - 1];
	}

	/** @return integral from T1 to T2 (both inside [min, max]); negative when T2 &lt; T1 */
	double between(double t1, double t2) {
		return at(t2) - at(t1);
	}

	private double at(double t) {
		int last = temperatures.length - 1;
		int i = (int) ((Math.log(t) - lnMin) / step);
		if (i < 0) {
			i = 0;
		} else if (i >= last) {
			i = last - 1;
		}
		double t0 = temperatures[i];
		double h = temperatures[i + 1] - t0;
		double s = (t - t0) / h;
		double s2 = s * s;
		double s3 = s2 * s;
		double h00 = 2 * s3 - 3 * s2 + 1;
		double h10 = s3 - 2 * s2 + s;
		double h01 = -2 * s3 + 3 * s2;
		double h11 = s3 - s2;
		return h00 * cumulative[i] + h10 * h * values[i] + h01 * cumulative[i + 1] + h11 * h * values[i + 1];
	}

	/** Composite Gauss-Legendre in ln T, for ranges outside the table (one panel per 0.1 decade). */
	static double direct(DoubleUnaryOperator integrand, double t1, double t2) {
		double lo = Math.min(t1, t2);
		double hi = Math.max(t1, t2);
		int panels = Math.max(1, (int) Math.ceil(Math.log10(hi / lo) * 10));
		double sum = 0;
		double ratio = Math.pow(hi / lo, 1.0 / panels);
		double a = lo;
		for (int p = 0; p < panels; p++) {
			double b = p == panels - 1 ? hi : a * ratio;
			sum += quadrature(integrand, a, b);
			a = b;
		}
		return t2 >= t1 ? sum : -sum;
	}

	private static double quadrature(DoubleUnaryOperator integrand, double a, double b) {
		// substitute T = exp(u): integral y(T) T du, smooth for power-law-like fits
		double ua = Math.log(a);
		double ub = Math.log(b);
		double sum = 0;
		for (int q = 0; q < GAUSS.getNumberOfPoints(); q++) {
			double u = ua + (ub - ua) * GAUSS.getPoint(q);
			double t = Math.exp(u);
			sum += GAUSS.getWeight(q) * integrand.applyAsDouble(t) * t;
		}
		return sum * (ub - ua);
	}
}
