package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Commodity channel index, TA-Lib {@code CCI}: {@code (tp - m)/(0.015*md)}, where {@code tp =
 * (high+low+close)/3}, {@code m} is the mean of the last {@code period} typical prices and {@code md} their
 * mean absolute deviation around that same current mean. 0 when {@code tp - m} or {@code md} is exactly 0
 * (TA-Lib's guard).
 *
 * <p>Lookback {@code period - 1}. The mean deviation has no running form, so an update costs
 * O({@code period}) (as in TA-Lib), without allocation. The window is summed in ring order, TA-Lib's order.
 */
public final class Cci implements BarIndicator {

  private final int period;
  private final double[] window;
  private int next;
  private long count;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the number of bars, {@code >= 2} (one bar has no deviation)
   * @throws IllegalArgumentException if {@code period < 2}
   */
  public Cci(int period) {
    this.period = Args.atLeast(period, 2, "period");
    this.window = new double[period];
  }

  /**
   * Feeds the next bar.
   *
   * @param high the high
   * @param low the low
   * @param close the close
   * @return the CCI, {@code NaN} for the first {@code period - 1} bars
   * @throws IllegalArgumentException if an input is NaN or infinite (the state is then unchanged)
   */
  public double update(double high, double low, double close) {
    InputCheck.finite(high, "high");
    InputCheck.finite(low, "low");
    InputCheck.finite(close, "close");
    double tp = (high + low + close) / 3;
    window[next] = tp;
    if (++next == period) {
      next = 0;
    }
    if (++count >= period) {
      double sum = 0;
      for (int i = 0; i < period; i++) {
        sum += window[i];
      }
      double mean = sum / period;
      double deviation = 0;
      for (int i = 0; i < period; i++) {
        deviation += Math.abs(window[i] - mean);
      }
      double diff = tp - mean;
      value = diff != 0.0 && deviation != 0.0 ? diff / (0.015 * (deviation / period)) : 0.0;
    }
    return value;
  }

  @Override
  public double update(double open, double high, double low, double close, double volume) {
    return update(high, low, close);
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public boolean isReady() {
    return count >= period;
  }

  @Override
  public int lookback() {
    return period - 1;
  }

  @Override
  public void reset() {
    next = 0;
    count = 0;
    value = Double.NaN;
  }

  /**
   * The number of bars.
   *
   * @return the period
   */
  public int period() {
    return period;
  }
}
