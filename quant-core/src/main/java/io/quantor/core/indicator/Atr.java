package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Average true range, TA-Lib {@code ATR}: Wilder's smoothing of the {@link TrueRange}.
 *
 * <p>The true range exists from the second bar on. The first ATR, at bar {@code period} (0-based), is the
 * simple mean of the first {@code period} true ranges; then {@code atr = (atr*(period-1) + tr)/period}.
 * Lookback {@code period}. With {@code period = 1} the ATR is the true range.
 */
public final class Atr implements BarIndicator {

  private final int period;
  private double prevClose;
  private long count;
  private double seedSum;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the smoothing period, {@code >= 1}
   * @throws IllegalArgumentException if {@code period < 1}
   */
  public Atr(int period) {
    this.period = Args.atLeast(period, 1, "period");
  }

  /**
   * Feeds the next bar.
   *
   * @param high the high
   * @param low the low
   * @param close the close
   * @return the ATR, {@code NaN} for the first {@code period} bars
   * @throws IllegalArgumentException if an input is NaN or infinite (the state is then unchanged)
   */
  public double update(double high, double low, double close) {
    InputCheck.finite(high, "high");
    InputCheck.finite(low, "low");
    InputCheck.finite(close, "close");
    if (count > 0) {
      double tr = TrueRange.of(high, low, prevClose);
      if (count > period) {
        value = (value * (period - 1) + tr) / period;
      } else {
        seedSum += tr;
        if (count == period) {
          value = seedSum / period;
        }
      }
    }
    prevClose = close;
    count++;
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
    return count > period;
  }

  @Override
  public int lookback() {
    return period;
  }

  @Override
  public void reset() {
    prevClose = 0;
    count = 0;
    seedSum = 0;
    value = Double.NaN;
  }

  /**
   * The smoothing period.
   *
   * @return the period
   */
  public int period() {
    return period;
  }
}
