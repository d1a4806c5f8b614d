package io.quantor.core.analytics;

import io.quantor.core.indicator.ValueIndicator;
import io.quantor.core.internal.Args;

/**
 * Implied-volatility percentile over a rolling window: the fraction of the previous {@code window}
 * observations that lie strictly below the current one, in [0, 1].
 *
 * <p>{@code pct_t = #{ j in t-window..t-1 : iv_j < iv_t } / window}. The current observation is
 * <b>not</b> part of the window it is compared with, and ties do not count as below (so a value equal to
 * all previous ones has percentile 0, and a new high has percentile 1). This is TastyTrade's "IV
 * Percentile" (the share of the past year's trading days with a lower IV). ThinkOrSwim's "IV Percentile"
 * column is instead the range-based figure that this library calls {@link IvRank}. Lookback
 * {@code window}: the first value needs {@code window} earlier observations.
 *
 * <p>Each update scans the window once: O(window) with no allocation (252 comparisons for a year of
 * daily data), exact and free of any drift.
 *
 * <pre>{@code
 * IvPercentile pct = new IvPercentile(252);
 * double p = pct.update(0.32);                  // NaN until 252 earlier observations exist
 * double[] pcts = IvPercentile.percentiles(ivHistory, 252);
 * }</pre>
 */
public final class IvPercentile implements ValueIndicator {

  private final int window;
  private final double[] previous;
  private int next;
  private int count;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param window the number of earlier observations compared with, {@code >= 1}
   * @throws IllegalArgumentException if {@code window < 1}
   */
  public IvPercentile(int window) {
    this.window = Args.atLeast(window, 1, "window");
    this.previous = new double[window];
  }

  /**
   * Feeds the next observation.
   *
   * @param iv the implied volatility (or any value); finite
   * @return the percentile in [0, 1] after this update ({@code NaN} during warm-up)
   * @throws IllegalArgumentException if {@code iv} is NaN or infinite (the state is then unchanged)
   */
  @Override
  public double update(double iv) {
    Args.finite(iv, "iv");
    if (count == window) {
      int below = 0;
      for (int j = 0; j < window; j++) {
        if (previous[j] < iv) {
          below++;
        }
      }
      value = (double) below / window;
    } else {
      count++;
    }
    previous[next] = iv;
    if (++next == window) {
      next = 0;
    }
    return value;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public boolean isReady() {
    return !Double.isNaN(value);
  }

  @Override
  public int lookback() {
    return window;
  }

  @Override
  public void reset() {
    next = 0;
    count = 0;
    value = Double.NaN;
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
   * Batch form: the percentile of every observation.
   *
   * @param iv the observations, finite
   * @param window the number of earlier observations compared with, {@code >= 1}
   * @return the percentiles in [0, 1], {@code NaN} for the first {@code window}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double[] percentiles(double[] iv, int window) {
    Args.notNull(iv, "iv");
    IvPercentile pct = new IvPercentile(window);
    double[] out = new double[iv.length];
    for (int i = 0; i < iv.length; i++) {
      out[i] = pct.update(iv[i]);
    }
    return out;
  }
}
