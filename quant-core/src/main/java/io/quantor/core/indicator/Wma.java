package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Linearly weighted moving average (TA-Lib {@code WMA}).
 *
 * <p>Weight {@code period} for the newest input down to 1 for the oldest, divided by
 * {@code period*(period+1)/2}. Lookback {@code period - 1}. The update is O(1) with TA-Lib's two running
 * sums: the plain window sum {@code P} and the weighted sum {@code W}. Each input {@code x} does
 * {@code P += x; P -= leaving; W += x*period; out = W/divider; W -= P}, in TA-Lib's order, so values equal
 * TA-Lib's. Period 1 returns the input itself, as TA-Lib does.
 */
public final class Wma implements ValueIndicator {

  private final int period;
  private final double divider;
  private final DoubleRing window;
  private double periodSum;
  private double weightedSum;
  private int filled;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the number of inputs averaged, {@code >= 1}
   * @throws IllegalArgumentException if {@code period < 1}
   */
  public Wma(int period) {
    this.period = Args.atLeast(period, 1, "period");
    this.divider = period * (period + 1.0) / 2.0;
    this.window = new DoubleRing(period);
  }

  @Override
  public double update(double x) {
    InputCheck.finite(x, "value");
    double leaving = window.push(x);
    if (period == 1) {
      filled = 1;
      value = x;
      return value;
    }
    if (filled < period) {
      filled++;
      if (filled < period) {
        periodSum += x;
        weightedSum += x * filled;
        return value;
      }
      // First output: nothing has left the window yet.
      leaving = 0.0;
    }
    periodSum += x;
    periodSum -= leaving;
    weightedSum += x * period;
    value = weightedSum / divider;
    // Every weight drops by one before the next input arrives.
    weightedSum -= periodSum;
    return value;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public boolean isReady() {
    return filled == period;
  }

  @Override
  public int lookback() {
    return period - 1;
  }

  @Override
  public void reset() {
    window.clear();
    periodSum = 0;
    weightedSum = 0;
    filled = 0;
    value = Double.NaN;
  }

  /**
   * The averaging period.
   *
   * @return the period
   */
  public int period() {
    return period;
  }
}
