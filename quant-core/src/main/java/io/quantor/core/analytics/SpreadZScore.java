package io.quantor.core.analytics;

import io.quantor.core.indicator.Indicator;
import io.quantor.core.internal.Args;

/**
 * Rolling z-score of the spread between two series, the usual pairs-trading signal.
 *
 * <p>{@code spread_t = a_t - hedgeRatio * b_t} with a given (not estimated) hedge ratio;
 * {@code z_t = (spread_t - mean) / sd}, where mean and sd are the mean and the <b>sample</b> standard
 * deviation (divisor {@code window - 1}, as pandas' {@code rolling().std()}) of the last {@code window}
 * spreads, the current one included. Lookback {@code window - 1}.
 *
 * <p><b>Zero deviation.</b> When the last {@code window} spreads are all equal the spread sits exactly on
 * its mean and z is defined as 0 (not {@code NaN}); this case is detected exactly, not by comparing a
 * rolling standard deviation with a threshold. A standard deviation that rounds to 0 otherwise also gives 0.
 *
 * <p>O(1) per update without allocation (sliding Welford update of mean and variance).
 *
 * <pre>{@code
 * SpreadZScore z = new SpreadZScore(1.25, 60);
 * double score = z.update(priceA, priceB);     // NaN for the first 59 pairs
 * double[] scores = SpreadZScore.zScores(a, b, 1.25, 60);
 * }</pre>
 */
public final class SpreadZScore implements Indicator {

  private final double hedgeRatio;
  private final int window;
  private final RollingVariance stats;
  private double spread = Double.NaN;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param hedgeRatio the units of {@code b} per unit of {@code a} in the spread; finite
   * @param window the number of spreads in the rolling mean and deviation, {@code >= 2}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public SpreadZScore(double hedgeRatio, int window) {
    this.hedgeRatio = Args.finite(hedgeRatio, "hedgeRatio");
    this.window = Args.atLeast(window, 2, "window");
    this.stats = new RollingVariance(window);
  }

  /**
   * Feeds the next pair of observations.
   *
   * @param a the first series' value; finite
   * @param b the second series' value; finite
   * @return the z-score after this update ({@code NaN} during warm-up)
   * @throws IllegalArgumentException if an input is NaN or infinite (the state is then unchanged)
   */
  public double update(double a, double b) {
    Args.finite(a, "a");
    Args.finite(b, "b");
    double s = a - hedgeRatio * b;
    if (!Double.isFinite(s)) {
      throw new IllegalArgumentException("spread must be finite, was " + s + " (a " + a + ", b " + b + ")");
    }
    spread = s;
    stats.add(s);
    if (stats.isFull()) {
      double sd = Math.sqrt(stats.sampleVariance());
      value = !stats.isConstant() && sd > 0 ? (s - stats.mean()) / sd : 0.0;
    }
    return value;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public boolean isReady() {
    return stats.isFull();
  }

  @Override
  public int lookback() {
    return window - 1;
  }

  @Override
  public void reset() {
    stats.reset();
    spread = Double.NaN;
    value = Double.NaN;
  }

  /**
   * The latest spread {@code a - hedgeRatio * b}.
   *
   * @return the spread, {@code NaN} before the first update
   */
  public double spread() {
    return spread;
  }

  /**
   * The rolling mean of the spread.
   *
   * @return the mean of the last {@code window} spreads, {@code NaN} during warm-up
   */
  public double mean() {
    return stats.isFull() ? stats.mean() : Double.NaN;
  }

  /**
   * The rolling sample standard deviation of the spread (divisor {@code window - 1}).
   *
   * @return the standard deviation, {@code NaN} during warm-up
   */
  public double standardDeviation() {
    return stats.isFull() ? Math.sqrt(stats.sampleVariance()) : Double.NaN;
  }

  /**
   * The hedge ratio.
   *
   * @return the hedge ratio
   */
  public double hedgeRatio() {
    return hedgeRatio;
  }

  /**
   * The window length.
   *
   * @return the window
   */
  public int window() {
    return window;
  }

  /**
   * Batch form: the z-score of every pair.
   *
   * @param a the first series
   * @param b the second series, as long as {@code a}
   * @param hedgeRatio the hedge ratio; finite
   * @param window the window, {@code >= 2}
   * @return the z-scores, {@code NaN} for the first {@code window - 1}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double[] zScores(double[] a, double[] b, double hedgeRatio, int window) {
    int n = Args.sameLength("a, b", a, b);
    SpreadZScore z = new SpreadZScore(hedgeRatio, window);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = z.update(a[i], b[i]);
    }
    return out;
  }
}
