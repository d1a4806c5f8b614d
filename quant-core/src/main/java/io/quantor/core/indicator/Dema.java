package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Double exponential moving average (TA-Lib {@code DEMA}): {@code 2*EMA1 - EMA2}, where
 * {@code EMA1 = EMA(x, period)} and {@code EMA2 = EMA(EMA1, period)}.
 *
 * <p>Each stage is a TA-Lib {@link Ema}, seeded with the simple average of its first {@code period}
 * inputs; the second stage therefore starts on the first defined value of the first. Lookback
 * {@code 2*(period-1)}.
 */
public final class Dema implements ValueIndicator {

  private final int period;
  private final Ema first;
  private final Ema second;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the period of both EMAs, {@code >= 1}
   * @throws IllegalArgumentException if {@code period < 1}
   */
  public Dema(int period) {
    this.period = Args.atLeast(period, 1, "period");
    this.first = new Ema(period);
    this.second = new Ema(period);
  }

  @Override
  public double update(double x) {
    InputCheck.finite(x, "value");
    double e1 = first.update(x);
    if (first.isReady()) {
      double e2 = second.update(e1);
      if (second.isReady()) {
        value = (2.0 * e1) - e2;
      }
    }
    return value;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public boolean isReady() {
    return second.isReady();
  }

  @Override
  public int lookback() {
    return 2 * (period - 1);
  }

  @Override
  public void reset() {
    first.reset();
    second.reset();
    value = Double.NaN;
  }

  /**
   * The EMA period.
   *
   * @return the period
   */
  public int period() {
    return period;
  }
}
