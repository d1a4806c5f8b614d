package io.quantor.core.analytics;

import io.quantor.core.indicator.ValueIndicator;
import io.quantor.core.internal.Args;

/**
 * Implied-volatility rank over a rolling window: where the current IV sits between the lowest and the
 * highest IV of the last {@code window} observations, as a fraction in [0, 1].
 *
 * <p>{@code rank_t = (iv_t - min) / (max - min)}, with min and max over the last {@code window}
 * observations <b>including</b> the current one (so the rank is 1 on a new high and 0 on a new low); this
 * is TastyTrade's "IV Rank" (252 daily observations: a 52-week rank). ThinkOrSwim labels the same
 * range-based figure "IV Percentile"; the count-based percentile is {@link IvPercentile}. Lookback
 * {@code window - 1}.
 *
 * <p><b>Zero range.</b> When every observation in the window is equal ({@code max == min}) the current IV
 * is as much at the high as at the low and the rank is defined as 0.5, the neutral middle, rather than
 * {@code NaN}.
 *
 * <p>O(1) amortized per update without allocation: the window's minimum and maximum are kept by two
 * monotonic deques over preallocated ring arrays. Works on any finite series (IV, a spread, a price).
 *
 * <pre>{@code
 * IvRank rank = new IvRank(252);
 * double r = rank.update(0.32);                 // NaN until 252 observations
 * double[] ranks = IvRank.ranks(ivHistory, 252);
 * }</pre>
 */
public final class IvRank implements ValueIndicator {

  private final int window;
  private final double[] maxValue;
  private final int[] maxSeq;
  private final double[] minValue;
  private final int[] minSeq;
  private int maxHead;
  private int maxSize;
  private int minHead;
  private int minSize;
  private int seq;
  private int count;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param window the number of observations, including the current one, {@code >= 1} (252 for a year
   *     of daily IVs)
   * @throws IllegalArgumentException if {@code window < 1}
   */
  public IvRank(int window) {
    this.window = Args.atLeast(window, 1, "window");
    this.maxValue = new double[window];
    this.maxSeq = new int[window];
    this.minValue = new double[window];
    this.minSeq = new int[window];
  }

  /**
   * Feeds the next observation.
   *
   * @param iv the implied volatility (or any value); finite
   * @return the rank in [0, 1] after this update ({@code NaN} during warm-up)
   * @throws IllegalArgumentException if {@code iv} is NaN or infinite (the state is then unchanged)
   */
  @Override
  public double update(double iv) {
    Args.finite(iv, "iv");
    // Drop the element that leaves the window (at most one per update: the fronts are the oldest).
    if (maxSize > 0 && seq - maxSeq[maxHead] >= window) {
      maxHead = inc(maxHead);
      maxSize--;
    }
    if (minSize > 0 && seq - minSeq[minHead] >= window) {
      minHead = inc(minHead);
      minSize--;
    }
    while (maxSize > 0 && maxValue[back(maxHead, maxSize)] <= iv) {
      maxSize--;
    }
    int slot = back(maxHead, maxSize + 1);
    maxValue[slot] = iv;
    maxSeq[slot] = seq;
    maxSize++;
    while (minSize > 0 && minValue[back(minHead, minSize)] >= iv) {
      minSize--;
    }
    slot = back(minHead, minSize + 1);
    minValue[slot] = iv;
    minSeq[slot] = seq;
    minSize++;
    // Sequence numbers are compared by difference, which stays right when the int wraps around.
    seq++;
    if (count < window) {
      count++;
    }
    if (count == window) {
      double max = maxValue[maxHead];
      double min = minValue[minHead];
      double range = max - min;
      value = range > 0 ? (iv - min) / range : 0.5;
    }
    return value;
  }

  private int inc(int i) {
    return i + 1 == window ? 0 : i + 1;
  }

  /** The ring slot of the last of {@code size} elements starting at {@code head}. */
  private int back(int head, int size) {
    int i = head + size - 1;
    return i >= window ? i - window : i;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public boolean isReady() {
    return count == window;
  }

  @Override
  public int lookback() {
    return window - 1;
  }

  @Override
  public void reset() {
    maxHead = 0;
    maxSize = 0;
    minHead = 0;
    minSize = 0;
    seq = 0;
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
   * The lowest observation in the current window.
   *
   * @return the minimum, {@code NaN} before the first update
   */
  public double min() {
    return minSize > 0 ? minValue[minHead] : Double.NaN;
  }

  /**
   * The highest observation in the current window.
   *
   * @return the maximum, {@code NaN} before the first update
   */
  public double max() {
    return maxSize > 0 ? maxValue[maxHead] : Double.NaN;
  }

  /**
   * Batch form: the rank of every observation.
   *
   * @param iv the observations, finite
   * @param window the window, {@code >= 1}
   * @return the ranks in [0, 1], {@code NaN} for the first {@code window - 1}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static double[] ranks(double[] iv, int window) {
    Args.notNull(iv, "iv");
    IvRank rank = new IvRank(window);
    double[] out = new double[iv.length];
    for (int i = 0; i < iv.length; i++) {
      out[i] = rank.update(iv[i]);
    }
    return out;
  }
}
