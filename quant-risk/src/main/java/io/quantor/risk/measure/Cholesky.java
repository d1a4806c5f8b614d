package io.quantor.risk.measure;

/**
 * The lower Cholesky factor {@code L} of a covariance matrix, {@code C = L L'}, for positive semidefinite
 * matrices.
 *
 * <p>The Cholesky-Banachiewicz recurrence, row by row. A pivot below {@code 1e-12} of its variance
 * {@code c_jj} (a perfectly dependent asset, or a zero variance) gives a zero column; the entries it would
 * have divided must then be zero too, to {@code 1e-9} of {@code sqrt(c_ii c_jj)}, or the matrix is not
 * positive semidefinite.
 */
final class Cholesky {

  private static final double PIVOT_TOLERANCE = 1e-12;
  private static final double RESIDUAL_TOLERANCE = 1e-9;

  private Cholesky() {
  }

  /**
   * Factorizes a symmetric matrix (the caller has checked its shape and symmetry).
   *
   * @param c the matrix
   * @return the lower triangular factor
   * @throws IllegalArgumentException if {@code c} is not positive semidefinite
   */
  static double[][] lower(double[][] c) {
    int d = c.length;
    double[][] l = new double[d][d];
    for (int j = 0; j < d; j++) {
      double pivot = c[j][j];
      for (int k = 0; k < j; k++) {
        pivot -= l[j][k] * l[j][k];
      }
      double tolerance = PIVOT_TOLERANCE * c[j][j];
      if (pivot < -tolerance) {
        throw notSemidefinite(j, pivot);
      }
      double ljj = pivot > tolerance ? Math.sqrt(pivot) : 0;
      l[j][j] = ljj;
      for (int i = j + 1; i < d; i++) {
        double s = c[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        if (ljj > 0) {
          l[i][j] = s / ljj;
        } else if (Math.abs(s) > RESIDUAL_TOLERANCE * Math.sqrt(c[i][i] * c[j][j])) {
          throw notSemidefinite(j, pivot);
        }
      }
    }
    return l;
  }

  private static IllegalArgumentException notSemidefinite(int j, double pivot) {
    return new IllegalArgumentException("covariance must be positive semidefinite, was not (pivot "
        + j + " is " + pivot + ")");
  }
}
