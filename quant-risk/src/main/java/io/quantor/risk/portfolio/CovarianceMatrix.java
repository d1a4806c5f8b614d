package io.quantor.risk.portfolio;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * An immutable covariance matrix of asset returns: square, symmetric, finite, with a non-negative diagonal.
 *
 * <p>Units are those of the returns it came from (per period; annualize outside if needed). Positive
 * definiteness is not checked here; optimizers that need it say so and report a singular matrix in their
 * result.
 */
public final class CovarianceMatrix {

  /** Relative asymmetry tolerated by {@link #of(double[][])} (rounding in the caller's arithmetic). */
  static final double SYMMETRY_TOLERANCE = 1e-12;

  private final int n;
  /** Row-major copy. */
  private final double[][] m;

  private CovarianceMatrix(double[][] m) {
    this.n = m.length;
    this.m = m;
  }

  /**
   * A covariance matrix from its entries. Entries that differ from their transpose by at most 1e-12 relative
   * are averaged, so the stored matrix is exactly symmetric.
   *
   * @param matrix the entries, square, at least 1 x 1, finite, symmetric, non-negative diagonal (copied)
   * @return the matrix
   * @throws IllegalArgumentException if the matrix is not square, not finite, not symmetric or has a
   * negative variance
   */
  public static CovarianceMatrix of(double[][] matrix) {
    Args.notNull(matrix, "matrix");
    int n = matrix.length;
    Args.atLeast(n, 1, "matrix size");
    double[][] c = new double[n][];
    for (int i = 0; i < n; i++) {
      Args.notNull(matrix[i], "matrix[" + i + "]");
      if (matrix[i].length != n) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "matrix must be square (%d x %d), row %d has length %d", n, n, i, matrix[i].length));
      }
      c[i] = matrix[i].clone();
      for (int j = 0; j < n; j++) {
        Args.finite(c[i][j], "matrix[" + i + "][" + j + "]");
      }
      Args.atLeast(c[i][i], 0.0, "matrix[" + i + "][" + i + "]");
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double a = c[i][j];
        double b = c[j][i];
        double scale = Math.sqrt(c[i][i] * c[j][j]);
        if (!(Math.abs(a - b) <= SYMMETRY_TOLERANCE * Math.max(scale, Math.max(Math.abs(a), Math.abs(b))))) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "matrix must be symmetric, matrix[%d][%d] = %s but matrix[%d][%d] = %s", i, j, a, j, i, b));
        }
        double avg = 0.5 * (a + b);
        c[i][j] = avg;
        c[j][i] = avg;
      }
    }
    return new CovarianceMatrix(c);
  }

  /**
   * The sample covariance (divisor {@code T - 1}) of return observations, computed in two passes (means
   * first).
   *
   * @param returns the observations, one row per period and one column per asset, at least 2 rows, all rows
   *     of the same length, finite
   * @return the sample covariance
   * @throws IllegalArgumentException if there are fewer than 2 rows, ragged rows or non-finite values
   */
  public static CovarianceMatrix sample(double[][] returns) {
    double[] mean = means(returns);
    int t = returns.length;
    Args.atLeast(t, 2, "returns rows");
    int n = mean.length;
    double[][] c = new double[n][n];
    double[] d = new double[n];
    for (double[] row : returns) {
      for (int i = 0; i < n; i++) {
        d[i] = row[i] - mean[i];
      }
      for (int i = 0; i < n; i++) {
        double di = d[i];
        double[] ci = c[i];
        for (int j = 0; j <= i; j++) {
          ci[j] += di * d[j];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        c[i][j] /= t - 1;
        c[j][i] = c[i][j];
      }
    }
    return new CovarianceMatrix(c);
  }

  /**
   * Column means of return observations, validating the table.
   *
   * @param returns the observations, one row per period, at least 1 row, rows of equal length, finite
   * @return the mean of each column
   */
  static double[] means(double[][] returns) {
    Args.notNull(returns, "returns");
    Args.atLeast(returns.length, 1, "returns rows");
    Args.notNull(returns[0], "returns[0]");
    int n = returns[0].length;
    Args.atLeast(n, 1, "returns columns");
    double[] mean = new double[n];
    for (int t = 0; t < returns.length; t++) {
      double[] row = Args.notNull(returns[t], "returns[" + t + "]");
      if (row.length != n) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "returns rows must all have length %d, row %d has length %d", n, t, row.length));
      }
      for (int i = 0; i < n; i++) {
        mean[i] += Args.finite(row[i], "returns[" + t + "][" + i + "]");
      }
    }
    for (int i = 0; i < n; i++) {
      mean[i] /= returns.length;
    }
    return mean;
  }

  /**
   * Wraps a matrix this package built (symmetric by construction), without copying.
   *
   * @param matrix a symmetric matrix owned by the caller from now on
   * @return the wrapper
   */
  static CovarianceMatrix wrap(double[][] matrix) {
    return new CovarianceMatrix(matrix);
  }

  /**
   * The number of assets.
   *
   * @return the dimension
   */
  public int size() {
    return n;
  }

  /**
   * One entry.
   *
   * @param i the row asset
   * @param j the column asset
   * @return the covariance of assets {@code i} and {@code j}
   * @throws ArrayIndexOutOfBoundsException if an index is out of range
   */
  public double get(int i, int j) {
    return m[i][j];
  }

  /**
   * A copy of the entries.
   *
   * @return the matrix as a new row-major array
   */
  public double[][] toArray() {
    double[][] c = new double[n][];
    for (int i = 0; i < n; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  /**
   * The standard deviations (square roots of the diagonal).
   *
   * @return the volatilities, one per asset
   */
  public double[] volatilities() {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = Math.sqrt(m[i][i]);
    }
    return v;
  }

  /**
   * The correlation matrix; an asset with zero variance gets correlation 0 with the others and 1 with itself.
   *
   * @return the correlations as a new row-major array
   */
  public double[][] correlation() {
    double[] s = volatilities();
    double[][] r = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double d = s[i] * s[j];
        r[i][j] = i == j ? 1.0 : d > 0 ? Math.max(-1.0, Math.min(1.0, m[i][j] / d)) : 0.0;
      }
    }
    return r;
  }

  /**
   * The product {@code Sigma w}.
   *
   * @param weights the weights, of length {@link #size()}
   * @return a new vector {@code Sigma w}
   * @throws IllegalArgumentException if the length differs
   */
  public double[] times(double[] weights) {
    checkLength(weights, "weights");
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      double s = 0;
      double[] mi = m[i];
      for (int j = 0; j < n; j++) {
        s += mi[j] * weights[j];
      }
      r[i] = s;
    }
    return r;
  }

  /**
   * The portfolio variance {@code w' Sigma w}.
   *
   * @param weights the weights, of length {@link #size()}
   * @return the variance
   * @throws IllegalArgumentException if the length differs
   */
  public double variance(double[] weights) {
    double[] sw = times(weights);
    double v = 0;
    for (int i = 0; i < n; i++) {
      v += weights[i] * sw[i];
    }
    return v;
  }

  /**
   * The Euler contributions to volatility, {@code w_i (Sigma w)_i / sqrt(w' Sigma w)}; they add up to the
   * portfolio volatility. All zero when the variance is zero.
   *
   * @param weights the weights, of length {@link #size()}
   * @return the contributions
   * @throws IllegalArgumentException if the length differs
   */
  public double[] riskContributions(double[] weights) {
    double[] sw = times(weights);
    double v = 0;
    for (int i = 0; i < n; i++) {
      v += weights[i] * sw[i];
    }
    double[] rc = new double[n];
    if (v > 0) {
      double vol = Math.sqrt(v);
      for (int i = 0; i < n; i++) {
        rc[i] = weights[i] * sw[i] / vol;
      }
    }
    return rc;
  }

  /** Direct access for this package's solvers, which never write to it. */
  double[][] raw() {
    return m;
  }

  void checkLength(double[] v, String name) {
    Args.notNull(v, name);
    if (v.length != n) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "%s must have one entry per asset (%d), was %d", name, n, v.length));
    }
  }
}
