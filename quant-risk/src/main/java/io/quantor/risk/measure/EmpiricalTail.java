package io.quantor.risk.measure;

/**
 * The historical estimators of {@link HistoricalConvention} on an array that may be permuted: one
 * selection ({@link OrderStatistics}) places the order statistic the convention needs and the smaller
 * returns before it, and one more pass over the rest finds the returns tied with (or, for the linear
 * quantile, below) the quantile. {@code O(n)} expected and worst case; nothing is sorted.
 */
final class EmpiricalTail {

  private EmpiricalTail() {
  }

  /**
   * The estimate of the first {@code n} values of {@code a}, which this call permutes.
   *
   * @param a the returns (finite), permuted in place
   * @param n how many leading values of {@code a} to use, {@code >= 1}
   * @param level the confidence level, already validated
   * @param convention the estimators
   * @return the estimate
   */
  static HistoricalEstimate estimate(double[] a, int n, double level, HistoricalConvention convention) {
    double alpha = 1 - level;
    switch (convention) {
      case LOWER_QUANTILE:
        return lowerQuantile(a, n, level, alpha);
      case FRACTIONAL:
        return fractional(a, n, level, alpha);
      case LINEAR:
      case EMPYRICAL:
        return linear(a, n, level, alpha, convention);
      default:
        throw new IllegalArgumentException("convention must not be null");
    }
  }

  /** {@code ceil(n alpha)}, with {@code n alpha} snapped to an integer, within {@code [1, n]}. */
  static int lowerRank(int n, double alpha) {
    int k = (int) Math.ceil(ConfidenceLevel.snap(n * alpha));
    return Math.max(1, Math.min(n, k));
  }

  private static HistoricalEstimate lowerQuantile(double[] a, int n, double level, double alpha) {
    int k = lowerRank(n, alpha);
    OrderStatistics.select(a, 0, n - 1, k - 1);
    double q = a[k - 1];
    double sum = sumOfFirst(a, k);
    int count = k;
    // Everything after k - 1 is >= q: only ties with q belong to the tail.
    for (int i = k; i < n; i++) {
      double v = a[i];
      if (v <= q) {
        sum += v;
        count++;
      }
    }
    return new HistoricalEstimate(0.0 - q, 0.0 - sum / count, level, HistoricalConvention.LOWER_QUANTILE,
        n, count);
  }

  private static HistoricalEstimate fractional(double[] a, int n, double level, double alpha) {
    double weight = ConfidenceLevel.snap(n * alpha);
    int k = lowerRank(n, alpha);
    OrderStatistics.select(a, 0, n - 1, k - 1);
    double xk = a[k - 1];
    // x(1) + ... + x(k-1) + (n alpha - (k - 1)) x(k) = sum of the k smallest + (n alpha - k) x(k).
    double es = -(sumOfFirst(a, k) + (weight - k) * xk) / weight;
    return new HistoricalEstimate(0.0 - xk, es, level, HistoricalConvention.FRACTIONAL, n, k);
  }

  private static HistoricalEstimate linear(double[] a, int n, double level, double alpha,
      HistoricalConvention convention) {
    double h = ConfidenceLevel.snap((n - 1) * alpha);
    int j = (int) h;
    double fraction = h - j;
    OrderStatistics.select(a, 0, n - 1, j);
    double lo = a[j];
    double q = lo;
    if (fraction > 0) {
      // h < n - 1 here, so x(j+2) exists: the smallest value after the selected position.
      double hi = a[j + 1];
      for (int i = j + 2; i < n; i++) {
        hi = Math.min(hi, a[i]);
      }
      q = Math.min(hi, lo + fraction * (hi - lo));
    }
    double sum = sumOfFirst(a, j + 1);
    int count = j + 1;
    if (convention == HistoricalConvention.LINEAR) {
      for (int i = j + 1; i < n; i++) {
        double v = a[i];
        if (v <= q) {
          sum += v;
          count++;
        }
      }
    }
    return new HistoricalEstimate(0.0 - q, 0.0 - sum / count, level, convention, n, count);
  }

  private static double sumOfFirst(double[] a, int count) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += a[i];
    }
    return sum;
  }
}
