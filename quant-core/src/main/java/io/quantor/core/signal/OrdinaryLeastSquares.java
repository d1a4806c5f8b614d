package io.quantor.core.signal;

import java.util.Arrays;
import java.util.Locale;

/**
 * Dense least squares for the handful of regressors of the unit-root and cointegration tests, by a
 * Householder QR factorization of the design matrix (never the normal equations, which square the
 * condition number).
 *
 * <p>With {@code X = QR}, the coefficients solve {@code R b = Q'y} by back substitution; the residuals are
 * {@code y - X b} evaluated on the original data; the residual variance is {@code s^2 = SSR/(n - p)} and
 * the standard errors are {@code s * sqrt(diag((R'R)^-1))}, with {@code (R'R)^-1 = R^-1 R^-T}. These are
 * the quantities R's {@code summary.lm} reports. The design is rank deficient (and the fit undefined)
 * when a column is, to {@code 1e-10} of its own norm, a combination of the earlier ones.
 *
 * <p>Package-private: exposed through {@link AugmentedDickeyFuller} and {@link EngleGranger}.
 */
final class OrdinaryLeastSquares {

  /** Relative size of a Householder pivot below which the column counts as collinear. */
  private static final double RANK_TOLERANCE = 1e-10;

  private OrdinaryLeastSquares() {
  }

  /**
   * The result of a fit.
   *
   * @param fullRank false when the design is rank deficient; every other field is then NaN-filled
   * @param coefficients the coefficients, in the order of the columns
   * @param standardErrors the coefficients' standard errors (NaN when {@code n == p})
   * @param residuals the residuals {@code y - Xb}
   * @param sumOfSquaredResiduals the sum of squared residuals
   */
  record Fit(boolean fullRank, double[] coefficients, double[] standardErrors, double[] residuals,
      double sumOfSquaredResiduals) {

    /**
     * The t-statistic of one coefficient.
     *
     * @param j the column index
     * @return {@code coefficients[j] / standardErrors[j]}
     */
    double tStatistic(int j) {
      return coefficients[j] / standardErrors[j];
    }
  }

  /**
   * Fits {@code y = X b + e}.
   *
   * @param y the response, length {@code n}
   * @param columns the regressors, each of length {@code n}; {@code p = columns.length >= 1}, {@code n > p}
   * @return the fit ({@link Fit#fullRank()} false if the columns are collinear)
   * @throws IllegalArgumentException if the shapes are wrong or a value is not finite
   */
  static Fit fit(double[] y, double[][] columns) {
    int n = y.length;
    int p = columns.length;
    if (p < 1 || n <= p) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "observations must exceed regressors, was %d observations and %d regressors", n, p));
    }
    double[][] qr = new double[p][];
    double[] norms = new double[p];
    for (int j = 0; j < p; j++) {
      if (columns[j].length != n) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "column %d must have the length of y (%d), was %d", j, n, columns[j].length));
      }
      qr[j] = columns[j].clone();
      norms[j] = norm(qr[j], 0);
      if (!Double.isFinite(norms[j])) {
        throw new IllegalArgumentException("column " + j + " must be finite");
      }
    }
    double[] qty = y.clone();
    if (!Double.isFinite(norm(qty, 0))) {
      throw new IllegalArgumentException("y must be finite");
    }
    double[] rDiagonal = new double[p];
    for (int k = 0; k < p; k++) {
      double[] col = qr[k];
      double nrm = norm(col, k);
      if (!(nrm > RANK_TOLERANCE * norms[k])) {
        return singular(n, p);
      }
      // Householder vector v = x/nrm + sign(x_k) e_k (kept in col), so that H = I - v v'/v_k maps the
      // column to -sign(x_k) nrm e_k; choosing the sign of x_k avoids cancellation.
      if (col[k] < 0) {
        nrm = -nrm;
      }
      for (int i = k; i < n; i++) {
        col[i] /= nrm;
      }
      col[k] += 1.0;
      for (int j = k + 1; j < p; j++) {
        reflect(col, qr[j], k);
      }
      reflect(col, qty, k);
      rDiagonal[k] = -nrm;
    }
    // Back substitution R b = Q'y; R's strict upper triangle is qr[j][i] for i < j.
    double[] b = new double[p];
    for (int i = p - 1; i >= 0; i--) {
      double s = qty[i];
      for (int j = i + 1; j < p; j++) {
        s -= qr[j][i] * b[j];
      }
      b[i] = s / rDiagonal[i];
    }
    double[] residuals = new double[n];
    double ssr = 0;
    for (int i = 0; i < n; i++) {
      double fitted = 0;
      for (int j = 0; j < p; j++) {
        fitted += columns[j][i] * b[j];
      }
      double e = y[i] - fitted;
      residuals[i] = e;
      ssr += e * e;
    }
    // R^-1, upper triangular, column by column: rInv[j] holds column j (rows 0..j).
    double[][] rInv = new double[p][];
    for (int j = 0; j < p; j++) {
      double[] c = new double[j + 1];
      c[j] = 1.0 / rDiagonal[j];
      for (int i = j - 1; i >= 0; i--) {
        double s = 0;
        for (int k = i + 1; k <= j; k++) {
          s += qr[k][i] * c[k];
        }
        c[i] = -s / rDiagonal[i];
      }
      rInv[j] = c;
    }
    double sigma = Math.sqrt(ssr / (n - p));
    double[] se = new double[p];
    for (int i = 0; i < p; i++) {
      double s = 0;
      for (int j = i; j < p; j++) {
        s += rInv[j][i] * rInv[j][i];
      }
      se[i] = sigma * Math.sqrt(s);
    }
    return new Fit(true, b, se, residuals, ssr);
  }

  /** Applies the reflection stored in {@code v} (from row {@code k}) to {@code x}. */
  private static void reflect(double[] v, double[] x, int k) {
    int n = x.length;
    double s = 0;
    for (int i = k; i < n; i++) {
      s += v[i] * x[i];
    }
    s = -s / v[k];
    for (int i = k; i < n; i++) {
      x[i] += s * v[i];
    }
  }

  /** Euclidean norm of {@code x[from..]}, scaled so that large values do not overflow. */
  private static double norm(double[] x, int from) {
    double scale = 0;
    for (int i = from; i < x.length; i++) {
      scale = Math.max(scale, Math.abs(x[i]));
    }
    if (scale == 0 || !Double.isFinite(scale)) {
      return scale;
    }
    double s = 0;
    for (int i = from; i < x.length; i++) {
      double t = x[i] / scale;
      s += t * t;
    }
    return scale * Math.sqrt(s);
  }

  private static Fit singular(int n, int p) {
    double[] b = new double[p];
    double[] se = new double[p];
    double[] e = new double[n];
    Arrays.fill(b, Double.NaN);
    Arrays.fill(se, Double.NaN);
    Arrays.fill(e, Double.NaN);
    return new Fit(false, b, se, e, Double.NaN);
  }
}
