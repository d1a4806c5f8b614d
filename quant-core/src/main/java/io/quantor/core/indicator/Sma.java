package io.quantor.core.indicator;

import io.quantor.core.internal.Args;
import java.util.Arrays;

/**
 * Simple moving average: the arithmetic mean of the last {@code period} inputs (TA-Lib {@code SMA}).
 *
 * <p>Keeps TA-Lib's running sum and its order of operations ({@code S += x; out = S/n; S -= oldest}), so
 * results equal TA-Lib's bit for bit. Lookback {@code period - 1}.
 *
 * <p>Written for the JIT: the subtraction of the oldest input is deferred to the next update
 * ({@code S = (S - oldest) + x}, the same two roundings in the same order), the window starts zeroed (so
 * {@code S - 0} is exact while it fills) and the divisor is NaN until the window is full. Every update then
 * runs the same arithmetic with no branch on the warm-up, and the compiler keeps the running sum in a
 * register across a loop of updates; with a warm-up branch that stores a counter it kept the sum in memory,
 * and a streaming update cost three times as much.
 */
public final class Sma implements ValueIndicator {

  private final int period;
  private final double[] window;
  private double sum;
  private int next;
  /** NaN until the window is full, then the period. */
  private double divisor = Double.NaN;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the number of inputs averaged, {@code >= 1}
   * @throws IllegalArgumentException if {@code period < 1}
   */
  public Sma(int period) {
    this.period = Args.atLeast(period, 1, "period");
    this.window = new double[period];
  }

  @Override
  public double update(double x) {
    InputCheck.finite(x, "value");
    double[] w = window;
    int slot = next;
    double total = (sum - w[slot]) + x;
    w[slot] = x;
    if (slot + 1 == w.length) {
      // The window is full from its first wrap on.
      next = 0;
      divisor = w.length;
    } else {
      next = slot + 1;
    }
    sum = total;
    double average = total / divisor;
    value = average;
    return average;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public boolean isReady() {
    return divisor == period;
  }

  @Override
  public int lookback() {
    return period - 1;
  }

  @Override
  public void reset() {
    Arrays.fill(window, 0.0);
    sum = 0;
    next = 0;
    divisor = Double.NaN;
    value = Double.NaN;
  }

  /**
   * The averaging period.
   *
   * @return the period
   */
  public int period() {
    return period;
  }
}
