package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Donchian channel, as R's TTR {@code DC(HL, n, include.lag = FALSE)} (TA-Lib has no such function):
 * {@code upper} is the highest high and {@code lower} the lowest low of the last {@code period} bars,
 * the current bar included; {@code middle = (upper + lower)/2}.
 *
 * <p>Lookback {@code period - 1}; {@link #value()} is the middle line. Rolling extremes make an update
 * O(1) amortized. A breakout rule comparing today's price with the channel must use the previous bar's
 * channel (the current one always contains today's high and low).
 */
public final class DonchianChannel implements BarIndicator {

  private final int period;
  private final RollingExtreme highest;
  private final RollingExtreme lowest;
  private long count;
  private double upper = Double.NaN;
  private double middle = Double.NaN;
  private double lower = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the number of bars, {@code >= 1}
   * @throws IllegalArgumentException if {@code period < 1}
   */
  public DonchianChannel(int period) {
    this.period = Args.atLeast(period, 1, "period");
    this.highest = RollingExtreme.highest(period);
    this.lowest = RollingExtreme.lowest(period);
  }

  /**
   * Feeds the next bar.
   *
   * @param high the high
   * @param low the low
   * @return the middle line, {@code NaN} for the first {@code period - 1} bars
   * @throws IllegalArgumentException if an input is NaN or infinite (the state is then unchanged)
   */
  public double update(double high, double low) {
    InputCheck.finite(high, "high");
    InputCheck.finite(low, "low");
    highest.add(high);
    lowest.add(low);
    if (++count >= period) {
      upper = highest.extreme();
      lower = lowest.extreme();
      middle = (upper + lower) / 2;
    }
    return middle;
  }

  @Override
  public double update(double open, double high, double low, double close, double volume) {
    return update(high, low);
  }

  /**
   * The main output, the middle line.
   *
   * @return the middle line, {@code NaN} during warm-up
   */
  @Override
  public double value() {
    return middle;
  }

  /**
   * The upper line, the highest high of the window.
   *
   * @return the upper line, {@code NaN} during warm-up
   */
  public double upper() {
    return upper;
  }

  /**
   * The middle line, {@code (upper + lower)/2}.
   *
   * @return the middle line, {@code NaN} during warm-up
   */
  public double middle() {
    return middle;
  }

  /**
   * The lower line, the lowest low of the window.
   *
   * @return the lower line, {@code NaN} during warm-up
   */
  public double lower() {
    return lower;
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
    upper = Double.NaN;
    middle = Double.NaN;
    lower = Double.NaN;
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
