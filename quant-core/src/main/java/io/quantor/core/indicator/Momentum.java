package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Momentum (TA-Lib {@code MOM}): {@code x_t - x_(t-period)}. Lookback {@code period}.
 */
public final class Momentum implements ValueIndicator {

  private final int period;
  private final DoubleRing window;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the distance, in inputs, to the compared value, {@code >= 1}
   * @throws IllegalArgumentException if {@code period < 1}
   */
  public Momentum(int period) {
    this.period = Args.atLeast(period, 1, "period");
    this.window = new DoubleRing(period);
  }

  @Override
  public double update(double x) {
    InputCheck.finite(x, "value");
    boolean ready = window.isFull();
    double past = window.push(x);
    if (ready) {
      value = x - past;
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
