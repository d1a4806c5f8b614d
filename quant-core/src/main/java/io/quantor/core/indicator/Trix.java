package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * TRIX (TA-Lib {@code TRIX}): the one-period rate of change, in percent, of a triple EMA.
 *
 * <p>{@code e3 = EMA(EMA(EMA(x, period), period), period)}, each stage a TA-Lib {@link Ema} seeded with
 * the simple average of its first {@code period} inputs (as in {@link Tema}); then
 * {@code trix = (e3/e3_prev - 1)*100}, or 0 when {@code e3_prev} is exactly 0 (TA-Lib's ROC guard).
 * Lookback {@code 3*(period-1) + 1}.
 */
public final class Trix implements ValueIndicator {

  private final int period;
  private final Ema first;
  private final Ema second;
  private final Ema third;
  private double previous = Double.NaN;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the period of the three EMAs, {@code >= 1}
   * @throws IllegalArgumentException if {@code period < 1}
   */
  public Trix(int period) {
    this.period = Args.atLeast(period, 1, "period");
    this.first = new Ema(period);
    this.second = new Ema(period);
    this.third = new Ema(period);
  }

  @Override
  public double update(double x) {
    InputCheck.finite(x, "value");
    double e1 = first.update(x);
    if (!first.isReady()) {
      return value;
    }
    double e2 = second.update(e1);
    if (!second.isReady()) {
      return value;
    }
    double e3 = third.update(e2);
    if (!third.isReady()) {
      return value;
    }
    // 'previous' is NaN only on e3's first value, which has no predecessor yet.
    if (!Double.isNaN(previous)) {
      value = previous != 0.0 ? ((e3 / previous) - 1.0) * 100.0 : 0.0;
    }
    previous = e3;
    return value;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public boolean isReady() {
    return !Double.isNaN(value);
  }

  @Override
  public int lookback() {
    return 3 * (period - 1) + 1;
  }

  @Override
  public void reset() {
    first.reset();
    second.reset();
    third.reset();
    previous = Double.NaN;
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
