package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Williams' %R, TA-Lib {@code WILLR}: {@code -100*(HH - close)/(HH - LL)} over the last {@code period}
 * bars (current bar included), in [-100, 0]; 0 when {@code HH == LL} (TA-Lib's guard). R's TTR
 * {@code WPR} gives {@code -WILLR/100}.
 *
 * <p>Lookback {@code period - 1}. Highest high and lowest low are rolling extremes, O(1) amortized per
 * bar. TA-Lib accepts {@code period >= 2}; {@code period = 1} (the position of the close in its own
 * bar) is accepted here.
 */
public final class WilliamsR implements BarIndicator {

  private final int period;
  private final RollingExtreme highest;
  private final RollingExtreme lowest;
  private long count;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the number of bars, {@code >= 1}
   * @throws IllegalArgumentException if {@code period < 1}
   */
  public WilliamsR(int period) {
    this.period = Args.atLeast(period, 1, "period");
    this.highest = RollingExtreme.highest(period);
    this.lowest = RollingExtreme.lowest(period);
  }

  /**
   * Feeds the next bar.
   *
   * @param high the high
   * @param low the low
   * @param close the close
   * @return %R, {@code NaN} for the first {@code period - 1} bars
   * @throws IllegalArgumentException if an input is NaN or infinite (the state is then unchanged)
   */
  public double update(double high, double low, double close) {
    InputCheck.finite(high, "high");
    InputCheck.finite(low, "low");
    InputCheck.finite(close, "close");
    highest.add(high);
    lowest.add(low);
    if (++count >= period) {
      double hh = highest.extreme();
      double diff = (hh - lowest.extreme()) / -100.0;
      value = diff != 0.0 ? (hh - close) / diff : 0.0;
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
    highest.reset();
    lowest.reset();
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
