package io.quantor.risk.portfolio;

/** Dense Cholesky solves of symmetric positive definite systems, for the Newton and Black-Litterman steps. */
final class CholeskySolve {

  private CholeskySolve() {
  }

  /**
   * Solves {@code A x = b} for symmetric positive definite {@code A}.
   *
   * @param a the matrix (lower triangle overwritten by the factor)
   * @param b the right-hand side
   * @param x the solution (may be {@code b})
   * @return false if {@code A} is not numerically positive definite
   */
  static boolean solve(double[][] a, double[] b, double[] x) {
    if (!factor(a)) {
      return false;
    }
    substitute(a, b, x);
    return true;
  }

  /** In-place lower Cholesky factor; false if a pivot is not positive. */
  static boolean factor(double[][] a) {
    int n = a.length;
    for (int j = 0; j < n; j++) {
      double[] aj = a[j];
      double orig = aj[j];
      double d = orig;
      for (int k = 0; k < j; k++) {
        d -= aj[k] * aj[k];
      }
      if (!(d > 1e-14 * orig)) {
        return false;
      }
      double l = Math.sqrt(d);
      aj[j] = l;
      for (int i = j + 1; i < n; i++) {
        double[] ai = a[i];
        double t = ai[j];
        for (int k = 0; k < j; k++) {
          t -= ai[k] * aj[k];
        }
        ai[j] = t / l;
      }
    }
    return true;
  }

  /** Solves with a factor from {@link #factor}. */
  static void substitute(double[][] l, double[] b, double[] x) {
    int n = b.length;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double t = b[i];
      double[] li = l[i];
      for (int k = 0; k < i; k++) {
        t -= li[k] * y[k];
      }
      y[i] = t / li[i];
    }
    for (int i = n - 1; i >= 0; i--) {
      double t = y[i];
      for (int k = i + 1; k < n; k++) {
        t -= l[k][i] * y[k];
      }
      y[i] = t / l[i][i];
    }
    System.arraycopy(y, 0, x, 0, n);
  }
}
