package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Rate of change in percent (TA-Lib {@code ROC}): {@code (x_t/x_(t-period) - 1)*100}, or 0 when
 * {@code x_(t-period)} is exactly 0, as in TA-Lib. Lookback {@code period}.
 */
public final class Roc implements ValueIndicator {

  private final int period;
  private final DoubleRing window;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the distance, in inputs, to the compared value, {@code >= 1}
   * @throws IllegalArgumentException if {@code period < 1}
   */
  public Roc(int period) {
    this.period = Args.atLeast(period, 1, "period");
    this.window = new DoubleRing(period);
  }

  @Override
  public double update(double x) {
    InputCheck.finite(x, "value");
    boolean ready = window.isFull();
    double past = window.push(x);
    if (ready) {
      value = past != 0.0 ? ((x / past) - 1.0) * 100.0 : 0.0;
    }
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
    return period;
  }

  @Override
  public void reset() {
    window.clear();
    value = Double.NaN;
  }

  /**
   * The distance to the compared value.
   *
   * @return the period
   */
  public int period() {
    return period;
  }
}
