package org.cryostudio.physics.vacuum;

import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * Transmission probability of a straight cylindrical tube in free-molecular flow, by numerical
 * solution of Clausing's integral equation (P. Clausing, <i>Ann. Phys.</i> 12 (1932) 961).
 *
 * <p>Model: molecules enter with a cosine distribution; walls re-emit diffusely (cosine law).
 * Lengths are in units of the tube radius R, l = L/R. With the disk-to-disk view factor
 * F(z) = 1 + z^2/2 - z sqrt(1 + z^2/4), the wall-to-end-disk escape probability
 * f(s) = (s^2 + 2) / (2 sqrt(s^2 + 4)) - s/2, the first-wall-hit density g = -F' and the
 * wall-to-wall kernel K = -f', the wall-collision density n(x) solves
 * n(x) = g(x) + integral_0^l K(|x - x'|) n(x') dx', and the transmission probability is
 * W = F(l) + integral_0^l n(x) f(l - x) dx.
 *
 * <p>Numerics: Nystrom method on composite Gauss-Legendre panels (graded towards both ends,
 * where n(x) varies fastest), with subtraction of the kernel's kink at x = x' using the exact
 * integral of K over the tube, integral_0^l K(|x - x'|) dx' = 1 - f(x) - f(l - x). The dense
 * system is diagonally dominant and solved by Gaussian elimination. Accuracy: better than 1e-5
 * relative against Berman/Cole's tables for 0 &lt; L/R &lt;= 200 (see the tests); the cost grows as
 * (L/R)^3 (about 2 ms at L/R = 2, 0.5 s at L/R = 200), so callers in loops use
 * {@link TubeTransmission}, which tabulates this solution once.
 */
public final class ClausingIntegralEquation {

	private static final int NODES_PER_PANEL = 8;
	/** Longest panel, in tube radii: the kernel varies on the scale of one radius. */
	private static final double MAX_PANEL = 1.0;

	private ClausingIntegralEquation() {
	}

	/**
	 * Prints the table that {@link TubeTransmission} reads ({@code clausing_table.csv}):
	 * {@code java -cp ... org.cryostudio.physics.vacuum.ClausingIntegralEquation > clausing_table.csv}.
	 */
	public static void main(String[] args) {
		System.out.println("# Transmission probability W of a straight cylindrical tube in free-molecular flow.");
		System.out.println("# Computed by org.cryostudio.physics.vacuum.ClausingIntegralEquation (numerical solution of Clausing's");
		System.out.println("#   integral equation; Clausing Ann. Phys. 12 (1932) 961); regenerate by running that class's main method.");
		System.out.println("# Nodes are uniform in u = ln(1 + L/D). Checked against Berman/Cole and the reference table in the tests.");
		System.out.println("L_over_D,W");
		for (double lOverD : tableNodes()) {
			System.out.printf(java.util.Locale.ROOT, "%.10g,%.12g%n", lOverD, transmission(2.0 * lOverD));
		}
	}

	/**
	 * @param lengthOverRadius L/R (&gt;= 0)
	 * @return transmission probability W in (0, 1]
	 */
	public static double transmission(double lengthOverRadius) {
		if (!(lengthOverRadius >= 0) || Double.isInfinite(lengthOverRadius)) {
			throw new IllegalArgumentException("L/R must be finite and >= 0: " + lengthOverRadius);
		}
		double l = lengthOverRadius;
		if (l == 0) {
			return 1.0;
		}
		double[][] nodes = nodes(l);
		double[] x = nodes[0];
		double[] w = nodes[1];
		int n = x.length;
		double[][] a = new double[n][n];
		double[] b = new double[n];
		for (int i = 0; i < n; i++) {
			double diagonal = escape(x[i]) + escape(l - x[i]);
			for (int j = 0; j < n; j++) {
				if (j == i) {
					continue;
				}
				double kw = w[j] * kernel(Math.abs(x[i] - x[j]));
				a[i][j] = -kw;
				diagonal += kw;
			}
			a[i][i] = diagonal;
			b[i] = -directDerivative(x[i]);
		}
		double[] density = solve(a, b);
		double transmitted = direct(l);
		for (int i = 0; i < n; i++) {
			transmitted += w[i] * density[i] * escape(l - x[i]);
		}
		return transmitted;
	}

	/** Nodes of the table: 78 values uniform in ln(1 + L/D) from 0 to L/D = 100. */
	static double[] tableNodes() {
		int count = 78;
		double[] nodes = new double[count];
		double top = Math.log1p(TubeTransmission.TABLE_LIMIT);
		for (int i = 0; i < count; i++) {
			nodes[i] = i == count - 1 ? TubeTransmission.TABLE_LIMIT : Math.expm1(top * i / (count - 1));
		}
		return nodes;
	}

	/** Direct (no wall collision) transmission between the end disks at distance z: F(z). */
	static double direct(double z) {
		return 1.0 + 0.5 * z * z - z * Math.sqrt(1.0 + 0.25 * z * z);
	}

	/** F'(z). */
	private static double directDerivative(double z) {
		double root = Math.sqrt(1.0 + 0.25 * z * z);
		return z - root - 0.25 * z * z / root;
	}

	/** Probability that a molecule leaving the wall at distance s from an end disk escapes through it: f(s). */
	static double escape(double s) {
		return (s * s + 2.0) / (2.0 * Math.sqrt(s * s + 4.0)) - 0.5 * s;
	}

	/** Wall-to-wall kernel K(s) = -f'(s). */
	private static double kernel(double s) {
		double q = s * s + 4.0;
		return 0.5 - s * (s * s + 6.0) / (2.0 * q * Math.sqrt(q));
	}

	/** Panel edges graded geometrically near both ends, at most MAX_PANEL radii long in the middle. */
	private static double[][] nodes(double l) {
		java.util.List<Double> edges = new java.util.ArrayList<>();
		double half = 0.5 * l;
		java.util.List<Double> leftEdges = new java.util.ArrayList<>();
		double e = Math.min(0.02, half / 4);
		leftEdges.add(0.0);
		while (e < half) {
			leftEdges.add(e);
			e = Math.min(2.0 * e, e + MAX_PANEL);
		}
		leftEdges.add(half);
		edges.addAll(leftEdges);
		for (int i = leftEdges.size() - 2; i >= 0; i--) {
			edges.add(l - leftEdges.get(i));
		}
		int panels = edges.size() - 1;
		GaussIntegratorFactory factory = new GaussIntegratorFactory();
		double[] x = new double[panels * NODES_PER_PANEL];
		double[] w = new double[panels * NODES_PER_PANEL];
		int k = 0;
		for (int p = 0; p < panels; p++) {
			GaussIntegrator gauss = factory.legendre(NODES_PER_PANEL, edges.get(p), edges.get(p + 1));
			for (int q = 0; q < NODES_PER_PANEL; q++) {
				x[k] = gauss.getPoint(q);
				w[k] = gauss.getWeight(q);
				k++;
			}
		}
		return new double[][] { x, w };
	}

	/** Gaussian elimination without pivoting: the matrix is strictly diagonally dominant. */
	private static double[] solve(double[][] a, double[] b) {
		int n = b.length;
		for (int k = 0; k < n; k++) {
			double[] rowK = a[k];
			double pivot = rowK[k];
			for (int i = k + 1; i < n; i++) {
				double[] rowI = a[i];
				double factor = rowI[k] / pivot;
				if (factor == 0) {
					continue;
				}
				for (int j = k + 1; j < n; j++) {
					rowI[j] -= factor * rowK[j];
				}
				b[i] -= factor * b[k];
			}
		}
		double[] x = new double[n];
		for (int i = n - 1; i >= 0; i--) {
			double sum = b[i];
			for (int j = i + 1; j < n; j++) {
				sum -= a[i][j] * x[j];
			}
			x[i] = sum / a[i][i];
		}
		return x;
	}
}
