package org.cryostudio.analysis.numeric;

/**
 * Cholesky factorisation A = L L^T of a dense symmetric positive definite matrix, in place, and
 * the solves that follow (G. H. Golub, C. F. Van Loan, <i>Matrix Computations</i>, 4th ed., alg.
 * 4.2.1). n^3/6 multiply-adds; reusable storage so that a transient solver factorises every step
 * without allocating.
 */
public final class DenseCholesky {

	private final int n;
	private final double[][] l;

	/** @param n matrix size */
	public DenseCholesky(int n) {
		this.n = n;
		this.l = new double[n][n];
	}

	/** @return the matrix storage to fill (lower triangle and diagonal are read) */
	public double[][] matrix() {
		return l;
	}

	/**
	 * Factorises the matrix filled in {@link #matrix()}.
	 *
	 * @return false when the matrix is not positive definite (a zero or negative pivot)
	 */
	public boolean factor() {
		for (int j = 0; j < n; j++) {
			double[] lj = l[j];
			double d = lj[j];
			for (int k = 0; k < j; k++) {
				d -= lj[k] * lj[k];
			}
			if (!(d > 0)) {
				return false;
			}
			d = Math.sqrt(d);
			lj[j] = d;
			double inv = 1.0 / d;
			for (int i = j + 1; i < n; i++) {
				double[] li = l[i];
				double s = li[j];
				for (int k = 0; k < j; k++) {
					s -= li[k] * lj[k];
				}
				li[j] = s * inv;
			}
		}
		return true;
	}

	/** Solves A x = b in place (b becomes x). */
	public void solve(double[] b) {
		for (int i = 0; i < n; i++) {
			double[] li = l[i];
			double s = b[i];
			for (int k = 0; k < i; k++) {
				s -= li[k] * b[k];
			}
			b[i] = s / li[i];
		}
		for (int i = n - 1; i >= 0; i--) {
			double s = b[i];
			for (int k = i + 1; k < n; k++) {
				s -= l[k][i] * b[k];
			}
			b[i] = s / l[i][i];
		}
	}

	/** Clears the storage to zero. */
	public void clear() {
		for (double[] row : l) {
			java.util.Arrays.fill(row, 0.0);
		}
	}

	public int size() {
		return n;
	}
}
