package org.cryostudio.physics.thermal;

import java.util.Arrays;

/**
 * A temperature-dependent material property fit read from a material data file: its functional
 * form, coefficients and the temperature range of the fit's equation. Forms (the NIST cryogenic
 * material property conventions):
 * <ul>
 * <li>{@code log10poly}: log10 y = sum_n c_n (log10 T)^n</li>
 * <li>{@code nistcopper}: log10 y = (a + c T^0.5 + e T + g T^1.5 + i T^2) / (1 + b T^0.5 + d T + f T^1.5 + h T^2),
 * coefficients in the order a..i</li>
 * <li>{@code poly}: y = sum_n c_n T^n, optionally in temperature segments</li>
 * <li>{@code constant}: y = c</li>
 * </ul>
 * Segmented fits choose the segment whose upper bound is the first at or above T.
 */
final class PropertyFit {

	enum Form {
		LOG10POLY, NISTCOPPER, POLY, CONSTANT
	}

	private final Form form;
	private final double[] bounds;
	private final double[][] coefficients;
	private final String source;
	private final String error;

	PropertyFit(Form form, double[] bounds, double[][] coefficients, String source, String error) {
		this.form = form;
		this.bounds = bounds.clone();
		this.coefficients = coefficients;
		this.source = source;
		this.error = error;
	}

	double min() {
		return bounds[0];
	}

	double max() {
		return bounds[bounds.length - 1];
	}

	String source() {
		return source;
	}

	String error() {
		return error;
	}

	/** @return the fitted value at T (the fit is evaluated as is outside its range: callers check) */
	double value(double temperature) {
		double[] c = coefficients[segment(temperature)];
		switch (form) {
		case LOG10POLY: {
			double x = Math.log10(temperature);
			double sum = 0;
			for (int n = c.length - 1; n >= 0; n--) {
				sum = sum * x + c[n];
			}
			return Math.pow(10.0, sum);
		}
		case NISTCOPPER: {
			double r = Math.sqrt(temperature);
			double t = temperature;
			double numerator = c[0] + c[2] * r + c[4] * t + c[6] * t * r + c[8] * t * t;
			double denominator = 1.0 + c[1] * r + c[3] * t + c[5] * t * r + c[7] * t * t;
			return Math.pow(10.0, numerator / denominator);
		}
		case POLY: {
			double sum = 0;
			for (int n = c.length - 1; n >= 0; n--) {
				sum = sum * temperature + c[n];
			}
			return sum;
		}
		case CONSTANT:
			return c[0];
		default:
			throw new AssertionError(form);
		}
	}

	private int segment(double temperature) {
		int segments = coefficients.length;
		for (int s = 0; s < segments - 1; s++) {
			if (temperature <= bounds[s + 1]) {
				return s;
			}
		}
		return segments - 1;
	}

	@Override
	public String toString() {
		return form + " " + Arrays.toString(bounds) + " (" + source + ")";
	}
}
