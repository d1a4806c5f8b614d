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
    return switch (convention) {
      case LOWER_QUANTILE -> lowerQuantile(a, n, level, alpha);
      case FRACTIONAL -> fractional(a, n, level, alpha);
      case LINEAR, EMPYRICAL -> linear(a, n, level, alpha, convention);
    };
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
    // Everything after k - 1 is >= q: ties with q are in the tail but add nothing below it.
    int count = k;
    for (int i = k; i < n; i++) {
      if (a[i] <= q) {
        count++;
      }
    }
    return new HistoricalEstimate(0.0 - q, shortfall(q, belowSum(a, k, q), count), level,
        HistoricalConvention.LOWER_QUANTILE, n, count);
  }

  private static HistoricalEstimate fractional(double[] a, int n, double level, double alpha) {
    double weight = ConfidenceLevel.snap(n * alpha);
    int k = lowerRank(n, alpha);
    OrderStatistics.select(a, 0, n - 1, k - 1);
    double xk = a[k - 1];
    // -(x(1) + ... + x(k-1) + (n alpha - (k - 1)) x(k)) / (n alpha)
    //   = -x(k) - sum_{i<k} (x(i) - x(k)) / (n alpha)
    return new HistoricalEstimate(0.0 - xk, shortfall(xk, belowSum(a, k, xk), weight), level,
        HistoricalConvention.FRACTIONAL, n, k);
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
    if (convention == HistoricalConvention.EMPYRICAL) {
      // The j + 1 smallest, all <= lo.
      return new HistoricalEstimate(0.0 - q, shortfall(lo, belowSum(a, j + 1, lo), j + 1), level,
          convention, n, j + 1);
    }
    // All returns <= q: the j + 1 smallest and those after them (>= lo) that do not exceed q.
    double below = belowSum(a, j + 1, q);
    int count = j + 1;
    for (int i = j + 1; i < n; i++) {
      double v = a[i];
      if (v <= q) {
        below += v - q;
        count++;
      }
    }
    return new HistoricalEstimate(0.0 - q, shortfall(q, below, count), level, convention, n, count);
  }

  /**
   * {@code -mean} of a tail written as {@code -q - sum(x - q) / count}: the sum of the non-positive
   * deviations from the threshold {@code q} cannot round the ES below the VaR {@code -q}, and it loses
   * less to cancellation than {@code -sum(x) / count}.
   */
  private static double shortfall(double q, double deviations, double count) {
    return 0.0 - q - deviations / count;
  }

  /** {@code sum_{i < count} (a[i] - q)}. */
  private static double belowSum(double[] a, int count, double q) {
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += a[i] - q;
    }
    return sum;
  }
}
