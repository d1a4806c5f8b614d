package io.quantor.backtest.validation;

import java.util.Arrays;
import java.util.Locale;

/**
 * A percentile bootstrap confidence interval with the bootstrap distribution behind it.
 *
 * <p>The bounds are the {@code (1 - c)/2} and {@code (1 + c)/2} quantiles of the bootstrap distribution
 * (linear interpolation between order statistics, as numpy's default and R's type 7). Resamples whose
 * statistic was NaN are left out of the distribution, so {@code distribution().length} can be below
 * {@code resamples}; if every one was NaN the bounds are NaN.
 *
 * @param estimate the statistic of the original data
 * @param lower the lower bound
 * @param upper the upper bound
 * @param confidence the confidence level {@code c}, in {@code (0, 1)}
 * @param resamples the number of bootstrap resamples drawn
 * @param distribution the statistic of each resample, NaN values removed, sorted ascending
 */
public record BootstrapInterval(double estimate, double lower, double upper, double confidence,
    int resamples, double[] distribution) {

  /**
   * Validates the interval and copies the distribution.
   *
   * @param estimate the statistic of the original data
   * @param lower the lower bound
   * @param upper the upper bound
   * @param confidence the confidence level, in {@code (0, 1)}
   * @param resamples the number of resamples drawn, at least 1
   * @param distribution the statistic of each resample, without NaN, sorted ascending; at most
   *     {@code resamples} values
   * @throws IllegalArgumentException if the confidence or count is out of range, or the distribution is
   *     null, too long, holds NaN or is not sorted
   */
  public BootstrapInterval {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
    }
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be >= 1, was " + resamples);
    }
    if (distribution == null) {
      throw new IllegalArgumentException("distribution must not be null");
    }
    if (distribution.length > resamples) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "distribution must hold at most resamples = %d values, had %d", resamples, distribution.length));
    }
    distribution = distribution.clone();
    for (int i = 0; i < distribution.length; i++) {
      if (Double.isNaN(distribution[i]) || (i > 0 && distribution[i] < distribution[i - 1])) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "distribution must be sorted and free of NaN, was %s at index %d", distribution[i], i));
      }
    }
  }

  /**
   * Returns the bootstrap distribution.
   *
   * @return a copy, sorted ascending, without NaN
   */
  @Override
  public double[] distribution() {
    return distribution.clone();
  }

  /**
   * Returns a quantile of the bootstrap distribution (linear interpolation, type 7).
   *
   * @param p the probability, in {@code [0, 1]}
   * @return the quantile; NaN if the distribution is empty
   * @throws IllegalArgumentException if {@code p} is outside {@code [0, 1]}
   */
  public double quantile(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be in [0, 1], was " + p);
    }
    return quantile(distribution, p);
  }

  /**
   * Returns the width of the interval.
   *
   * @return {@code upper - lower}
   */
  public double width() {
    return upper - lower;
  }

  /**
   * Returns the standard deviation of the bootstrap distribution (divisor {@code m - 1}), the bootstrap
   * standard error of the statistic.
   *
   * @return the standard error; NaN with fewer than 2 values
   */
  public double standardError() {
    int m = distribution.length;
    if (m < 2) {
      return Double.NaN;
    }
    double sum = 0;
    for (double v : distribution) {
      sum += v;
    }
    double mean = sum / m;
    double ss = 0;
    for (double v : distribution) {
      ss += (v - mean) * (v - mean);
    }
    return Math.sqrt(ss / (m - 1));
  }

  /**
   * Compares by value, the distribution by content.
   *
   * @param other the other object
   * @return true if every component is equal
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof BootstrapInterval b
        && Double.compare(estimate, b.estimate) == 0 && Double.compare(lower, b.lower) == 0
        && Double.compare(upper, b.upper) == 0 && Double.compare(confidence, b.confidence) == 0
        && resamples == b.resamples && Arrays.equals(distribution, b.distribution);
  }

  /**
   * Hashes by value, the distribution by content.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    int h = Double.hashCode(estimate);
    h = 31 * h + Double.hashCode(lower);
    h = 31 * h + Double.hashCode(upper);
    h = 31 * h + Double.hashCode(confidence);
    h = 31 * h + resamples;
    return 31 * h + Arrays.hashCode(distribution);
  }

  /**
   * Describes the interval without listing the distribution.
   *
   * @return for example {@code BootstrapInterval[estimate=0.81, 95% CI [0.12, 1.49], resamples=2000]}
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "BootstrapInterval[estimate=%s, %s%% CI [%s, %s], resamples=%d]",
        estimate, confidence * 100, lower, upper, resamples);
  }

  /** Type-7 quantile of sorted values; NaN if empty. */
  static double quantile(double[] sorted, double p) {
    int m = sorted.length;
    if (m == 0) {
      return Double.NaN;
    }
    double h = (m - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= m - 1) {
      return sorted[m - 1];
    }
    if (sorted[lo] == sorted[lo + 1]) {
      return sorted[lo]; // also keeps equal infinite neighbours from giving NaN
    }
    return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
  }
}
