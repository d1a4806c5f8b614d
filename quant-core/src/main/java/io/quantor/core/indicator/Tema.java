package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Triple exponential moving average (TA-Lib {@code TEMA}): {@code 3*EMA1 - 3*EMA2 + EMA3}, where each
 * {@code EMA(k+1)} is the EMA of {@code EMAk}'s defined values.
 *
 * <p>Each stage is a TA-Lib {@link Ema}, seeded with the simple average of its first {@code period}
 * inputs. Lookback {@code 3*(period-1)}.
 */
public final class Tema implements ValueIndicator {

  private final int period;
  private final Ema first;
  private final Ema second;
  private final Ema third;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the period of the three EMAs, {@code >= 1}
   * @throws IllegalArgumentException if {@code period < 1}
   */
  public Tema(int period) {
    this.period = Args.atLeast(period, 1, "period");
    this.first = new Ema(period);
    this.second = new Ema(period);
    this.third = new Ema(period);
  }

  @Override
  public double update(double x) {
    InputCheck.finite(x, "value");
    double e1 = first.update(x);
    if (first.isReady()) {
      double e2 = second.update(e1);
      if (second.isReady()) {
        double e3 = third.update(e2);
        if (third.isReady()) {
          value = (3.0 * e1) - (3.0 * e2) + e3;
        }
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
    return third.isReady();
  }

  @Override
  public int lookback() {
    return 3 * (period - 1);
  }

  @Override
  public void reset() {
    first.reset();
    second.reset();
    third.reset();
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
