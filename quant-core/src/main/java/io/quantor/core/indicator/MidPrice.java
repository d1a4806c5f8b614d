package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Midpoint price, TA-Lib {@code MIDPRICE}: {@code (HH + LL)/2}, the highest high and lowest low of the last
 * {@code period} bars (current bar included).
 *
 * <p>Lookback {@code period - 1}. Rolling extremes make an update O(1) amortized. TA-Lib accepts
 * {@code period >= 2}; {@code period = 1} (the bar's own midpoint) is accepted here.
 */
public final class MidPrice implements BarIndicator {

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
  public MidPrice(int period) {
    this.period = Args.atLeast(period, 1, "period");
    this.highest = RollingExtreme.highest(period);
    this.lowest = RollingExtreme.lowest(period);
  }

  /**
   * Feeds the next bar.
   *
   * @param high the high
   * @param low the low
   * @return the midpoint, {@code NaN} for the first {@code period - 1} bars
   * @throws IllegalArgumentException if an input is NaN or infinite (the state is then unchanged)
   */
  public double update(double high, double low) {
    InputCheck.finite(high, "high");
    InputCheck.finite(low, "low");
    highest.add(high);
    lowest.add(low);
    if (++count >= period) {
      value = (highest.extreme() + lowest.extreme()) / 2.0;
    }
    return value;
  }

  @Override
  public double update(double open, double high, double low, double close, double volume) {
    return update(high, low);
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
