package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Exponential moving average with TA-Lib's seeding (TA-Lib {@code EMA}).
 *
 * <p>{@code k = 2/(period+1)}. The first value, after {@code period} inputs, is their simple average;
 * then {@code ema = (x - ema)*k + ema}. Lookback {@code period - 1}. (pandas' {@code ewm(adjust=False)}
 * seeds with the first input instead and differs early on; the two agree after a few hundred bars.)
 *
 * <p>The update reads the average into a local, branches only on the seeding, and stores it once: with the
 * counter incremented on every update (as before) the compiler kept the average in memory across a loop of
 * updates, and a streaming update cost half as much again.
 */
public final class Ema implements ValueIndicator {

  private final int period;
  private final double k;
  private double seedSum;
  private long count;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the period, {@code >= 1}; the smoothing factor is {@code 2/(period+1)}
   * @throws IllegalArgumentException if {@code period < 1}
   */
  public Ema(int period) {
    this.period = Args.atLeast(period, 1, "period");
    this.k = 2.0 / (period + 1);
  }

  @Override
  public double update(double x) {
    InputCheck.finite(x, "value");
    double average = value;
    if (count >= period) {
      average = (x - average) * k + average;
    } else {
      seedSum += x;
      if (++count == period) {
        average = seedSum / period;
      }
    }
    value = average;
    return average;
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
    seedSum = 0;
    count = 0;
    value = Double.NaN;
  }

  /**
   * The period.
   *
   * @return the period
   */
  public int period() {
    return period;
  }

  /**
   * The smoothing factor {@code 2/(period+1)}.
   *
   * @return the smoothing factor
   */
  public double smoothing() {
    return k;
  }
}
