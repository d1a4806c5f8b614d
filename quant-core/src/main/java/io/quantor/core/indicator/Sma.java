package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Simple moving average: the arithmetic mean of the last {@code period} inputs (TA-Lib {@code SMA}).
 *
 * <p>Keeps TA-Lib's running sum and its order of operations ({@code S += x; out = S/n; S -= oldest}), so
 * results equal TA-Lib's bit for bit. Lookback {@code period - 1}.
 */
public final class Sma implements ValueIndicator {

  private final int period;
  private final double[] window;
  private double sum;
  private int next;
  private int filled;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the number of inputs averaged, {@code >= 1}
   * @throws IllegalArgumentException if {@code period < 1}
   */
  public Sma(int period) {
    this.period = Args.atLeast(period, 1, "period");
    this.window = new double[period];
  }

  @Override
  public double update(double x) {
    InputCheck.finite(x, "value");
    window[next] = x;
    sum += x;
    if (++next == period) {
      next = 0;
    }
    if (filled < period) {
      filled++;
    }
    if (filled == period) {
      value = sum / period;
      // The oldest input of this window (now at 'next') leaves before the next update: TA-Lib's order.
      sum -= window[next];
    }
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
    sum = 0;
    next = 0;
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
