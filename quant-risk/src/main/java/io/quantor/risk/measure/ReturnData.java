package io.quantor.risk.measure;

import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * Validation and moments of return vectors and matrices (rows = observations or scenarios, columns =
 * assets). Means and central moments are two-pass: the mean first, then sums of powers of the deviations
 * from it, which keeps the full relative accuracy of the variance when the mean is large against the
 * spread.
 */
final class ReturnData {

  private ReturnData() {
  }

  /**
   * A copy of a return vector, checked to be long enough and finite.
   *
   * @param returns the returns
   * @param minLength the fewest returns accepted
   * @return a copy
   * @throws IllegalArgumentException if {@code returns} is null, too short, or holds NaN or infinity
   */
  static double[] finiteCopy(double[] returns, int minLength) {
    checkVector(returns, minLength);
    return returns.clone();
  }

  /**
   * Checks that a return vector is long enough and finite.
   *
   * @param returns the returns
   * @param minLength the fewest returns accepted
   * @throws IllegalArgumentException if {@code returns} is null, too short, or holds NaN or infinity
   */
  static void checkVector(double[] returns, int minLength) {
    Args.notNull(returns, "returns");
    if (returns.length < minLength) {
      throw new IllegalArgumentException("returns must hold at least " + minLength
          + " values, was " + returns.length);
    }
    for (int i = 0; i < returns.length; i++) {
      if (!Double.isFinite(returns[i])) {
        throw new IllegalArgumentException("returns[" + i + "] must be finite, was " + returns[i]);
      }
    }
  }

  /**
   * Checks a weight vector (any sign, any sum) and returns its length.
   *
   * @param weights the weights
   * @return the number of assets, {@code >= 1}
   * @throws IllegalArgumentException if null, empty or not finite
   */
  static int checkWeights(double[] weights) {
    Args.notNull(weights, "weights");
    if (weights.length == 0) {
      throw new IllegalArgumentException("weights must hold at least 1 value, was 0");
    }
    for (int i = 0; i < weights.length; i++) {
      if (!Double.isFinite(weights[i])) {
        throw new IllegalArgumentException("weights[" + i + "] must be finite, was " + weights[i]);
      }
    }
    return weights.length;
  }

  /**
   * Checks that a matrix is rectangular with the given number of columns, long enough and finite.
   *
   * @param matrix the matrix, rows = observations
   * @param name the parameter name for messages
   * @param columns the required number of columns
   * @param minRows the fewest rows accepted
   * @throws IllegalArgumentException if the matrix is null, ragged, too short or not finite
   */
  static void checkMatrix(double[][] matrix, String name, int columns, int minRows) {
    Args.notNull(matrix, name);
    if (matrix.length < minRows) {
      throw new IllegalArgumentException(name + " must hold at least " + minRows + " rows, was "
          + matrix.length);
    }
    for (int t = 0; t < matrix.length; t++) {
      double[] row = matrix[t];
      if (row == null || row.length != columns) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s[%d] must hold %d values (one per weight), was %s", name, t, columns,
            row == null ? "null" : Integer.toString(row.length)));
      }
      for (int i = 0; i < columns; i++) {
        if (!Double.isFinite(row[i])) {
          throw new IllegalArgumentException(
              name + "[" + t + "][" + i + "] must be finite, was " + row[i]);
        }
      }
    }
  }

  /**
   * The arithmetic mean.
   *
   * @param x the values, at least one
   * @return the mean
   */
  static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return sum / x.length;
  }

  /**
   * The central moment sums {@code sum((x - mean)^p)} for {@code p = 2, 3, 4}.
   *
   * @param x the values
   * @param mean their mean
   * @return {@code {s2, s3, s4}}
   */
  static double[] centralSums(double[] x, double mean) {
    double s2 = 0;
    double s3 = 0;
    double s4 = 0;
    for (double v : x) {
      double d = v - mean;
      double d2 = d * d;
      s2 += d2;
      s3 += d2 * d;
      s4 += d2 * d2;
    }
    return new double[] {s2, s3, s4};
  }

  /**
   * Column means of a matrix.
   *
   * @param r the matrix, rows = observations
   * @return one mean per column
   */
  static double[] columnMeans(double[][] r) {
    int d = r[0].length;
    double[] mean = new double[d];
    for (double[] row : r) {
      for (int i = 0; i < d; i++) {
        mean[i] += row[i];
      }
    }
    for (int i = 0; i < d; i++) {
      mean[i] /= r.length;
    }
    return mean;
  }

  /**
   * The covariance matrix of the columns, exactly symmetric.
   *
   * @param r the matrix, rows = observations
   * @param mean the column means
   * @param divisor {@code n - 1} or {@code n}
   * @return the covariance matrix
   */
  static double[][] covariance(double[][] r, double[] mean, double divisor) {
    int d = mean.length;
    double[][] cov = new double[d][d];
    double[] dev = new double[d];
    for (double[] row : r) {
      for (int i = 0; i < d; i++) {
        dev[i] = row[i] - mean[i];
      }
      for (int i = 0; i < d; i++) {
        for (int j = 0; j <= i; j++) {
          cov[i][j] += dev[i] * dev[j];
        }
      }
    }
    for (int i = 0; i < d; i++) {
      for (int j = 0; j <= i; j++) {
        cov[i][j] /= divisor;
        cov[j][i] = cov[i][j];
      }
    }
    return cov;
  }

  /**
   * Checks a mean vector and a covariance matrix: same dimension, finite, symmetric (to {@code 1e-12} of
   * {@code sqrt(c_ii c_jj)}), with non-negative variances. Positive semidefiniteness is checked by the
   * Cholesky factorization where one is needed.
   *
   * @param mean the mean vector
   * @param covariance the covariance matrix
   * @return the dimension
   * @throws IllegalArgumentException if any check fails
   */
  static int checkMeanAndCovariance(double[] mean, double[][] covariance) {
    Args.notNull(mean, "mean");
    int d = mean.length;
    if (d == 0) {
      throw new IllegalArgumentException("mean must hold at least 1 value, was 0");
    }
    for (int i = 0; i < d; i++) {
      if (!Double.isFinite(mean[i])) {
        throw new IllegalArgumentException("mean[" + i + "] must be finite, was " + mean[i]);
      }
    }
    checkMatrix(covariance, "covariance", d, d);
    if (covariance.length != d) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "covariance must have %d rows (the length of mean), was %d", d, covariance.length));
    }
    for (int i = 0; i < d; i++) {
      if (!(covariance[i][i] >= 0)) {
        throw new IllegalArgumentException(
            "covariance[" + i + "][" + i + "] must be >= 0, was " + covariance[i][i]);
      }
    }
    for (int i = 0; i < d; i++) {
      for (int j = 0; j < i; j++) {
        double scale = Math.sqrt(covariance[i][i] * covariance[j][j]);
        if (!(Math.abs(covariance[i][j] - covariance[j][i]) <= 1e-12 * scale)) {
          throw new IllegalArgumentException(String.format(Locale.ROOT,
              "covariance must be symmetric, was %s at [%d][%d] and %s at [%d][%d]",
              covariance[i][j], i, j, covariance[j][i], j, i));
        }
      }
    }
    return d;
  }
}
