package io.quantor.options.chain;

import io.quantor.core.internal.Args;
import java.util.Arrays;

/**
 * The distribution of chain-snapshot lags over the bars that had a snapshot at or before them.
 * Quantiles interpolate linearly between order statistics (Hyndman and Fan's type 7, the default of R and
 * NumPy).
 *
 * @param count the number of lags, {@code >= 1}
 * @param meanSeconds the mean lag in seconds
 * @param medianSeconds the median lag
 * @param p90Seconds the 90th percentile
 * @param p99Seconds the 99th percentile
 * @param maxSeconds the largest lag
 */
public record LagDistribution(
    int count, double meanSeconds, double medianSeconds, double p90Seconds, double p99Seconds,
    double maxSeconds) {

  /**
   * The distribution of some lags.
   *
   * @param lagsSeconds the lags in seconds, finite and {@code >= 0}, at least one (not modified)
   * @return the distribution
   * @throws IllegalArgumentException if the array is null, empty or holds an invalid lag
   */
  public static LagDistribution of(double[] lagsSeconds) {
    Args.notNull(lagsSeconds, "lagsSeconds");
    if (lagsSeconds.length == 0) {
      throw new IllegalArgumentException("lagsSeconds must not be empty");
    }
    double[] sorted = lagsSeconds.clone();
    double sum = 0;
    for (int i = 0; i < sorted.length; i++) {
      Args.finite(Args.atLeast(sorted[i], 0, "lagsSeconds[" + i + "]"), "lagsSeconds[" + i + "]");
      sum += sorted[i];
    }
    Arrays.sort(sorted);
    return new LagDistribution(sorted.length, sum / sorted.length, quantile(sorted, 0.5),
        quantile(sorted, 0.9), quantile(sorted, 0.99), sorted[sorted.length - 1]);
  }

  private static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
