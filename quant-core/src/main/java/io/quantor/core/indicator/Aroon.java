package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Aroon up and down, TA-Lib {@code AROON}, and the Aroon oscillator, TA-Lib {@code AROONOSC}.
 *
 * <p>Over the window of the last {@code period + 1} bars (current bar included):
 * {@code up = (100/period)*(period - bars since the highest high)} and
 * {@code down = (100/period)*(period - bars since the lowest low)}, both in [0, 100]; on ties the most
 * recent extreme counts. The factor {@code 100/period} is computed first, as in TA-Lib. The oscillator is
 * {@code up - down}, computed as TA-Lib does: {@code (100/period)*(bars since low - bars since high)}.
 *
 * <p>Lookback {@code period}. {@link #value()} is the oscillator. Monotonic deques (which also give the
 * extremes' ages) make an update O(1) amortized. TA-Lib accepts {@code period >= 2}; {@code period = 1}
 * is accepted here.
 */
public final class Aroon implements BarIndicator {

  private final int period;
  private final double factor;
  private final RollingArgExtreme highest;
  private final RollingArgExtreme lowest;
  private long count;
  private double up = Double.NaN;
  private double down = Double.NaN;
  private double oscillator = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the period, {@code >= 1} and {@code < Integer.MAX_VALUE}; the window is {@code period + 1}
   *     bars
   * @throws IllegalArgumentException if {@code period} is out of range
   */
  public Aroon(int period) {
    this.period = Args.inRange(period, 1, Integer.MAX_VALUE - 1, "period");
    this.factor = 100.0 / period;
    this.highest = RollingArgExtreme.highest(period + 1);
    this.lowest = RollingArgExtreme.lowest(period + 1);
  }

  /**
   * Feeds the next bar.
   *
   * @param high the high
   * @param low the low
   * @return the oscillator {@code up - down}, {@code NaN} for the first {@code period} bars
   * @throws IllegalArgumentException if an input is NaN or infinite (the state is then unchanged)
   */
  public double update(double high, double low) {
    InputCheck.finite(high, "high");
    InputCheck.finite(low, "low");
    highest.add(high);
    lowest.add(low);
    if (++count > period) {
      int sinceHigh = highest.age();
      int sinceLow = lowest.age();
      up = factor * (period - sinceHigh);
      down = factor * (period - sinceLow);
      oscillator = factor * (sinceLow - sinceHigh);
    }
    return oscillator;
  }

  @Override
  public double update(double open, double high, double low, double close, double volume) {
    return update(high, low);
  }

  /**
   * The main output, the Aroon oscillator {@code up - down}.
   *
   * @return the oscillator in [-100, 100], {@code NaN} during warm-up
   */
  @Override
  public double value() {
    return oscillator;
  }

  /**
   * Aroon up: how recent the highest high of the window is.
   *
   * @return Aroon up in [0, 100], {@code NaN} during warm-up
   */
  public double up() {
    return up;
  }

  /**
   * Aroon down: how recent the lowest low of the window is.
   *
   * @return Aroon down in [0, 100], {@code NaN} during warm-up
   */
  public double down() {
    return down;
  }

  /**
   * The Aroon oscillator, {@code up - down} (TA-Lib {@code AROONOSC}); the same as {@link #value()}.
   *
   * @return the oscillator in [-100, 100], {@code NaN} during warm-up
   */
  public double oscillator() {
    return oscillator;
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
    highest.reset();
    lowest.reset();
    count = 0;
    up = Double.NaN;
    down = Double.NaN;
    oscillator = Double.NaN;
  }

  /**
   * The period.
   *
   * @return the period
   */
  public int period() {
    return period;
  }
}
