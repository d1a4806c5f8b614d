package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Rolling population standard deviation times a factor (TA-Lib {@code STDDEV}).
 *
 * <p>Divisor {@code period} (population, not sample). Computed as TA-Lib does, from running sums
 * {@code S} and {@code S2} of the inputs and their squares: {@code S += x; S2 += x*x;
 * var = S2/n - (S/n)^2}, then the oldest input leaves both sums; the output is
 * {@code sqrt(var)*nbDev}, or 0 when {@code var < 1e-8} (TA-Lib's {@code TA_IS_ZERO_OR_NEG}). That
 * threshold is absolute: a series whose standard deviation is below 1e-4 in its own units reads 0, as it
 * does in TA-Lib. Lookback {@code period - 1}.
 */
public final class StdDev implements ValueIndicator {

  private static final double MIN_VARIANCE = 1e-8;

  private final int period;
  private final double nbDev;
  private final DoubleRing window;
  private double sum;
  private double sumSquares;
  private double mean = Double.NaN;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the window length, {@code >= 1}
   * @param nbDev the factor applied to the standard deviation, finite and {@code >= 0}
   * @throws IllegalArgumentException if {@code period < 1} or {@code nbDev} is negative or not finite
   */
  public StdDev(int period, double nbDev) {
    this.period = Args.atLeast(period, 1, "period");
    this.nbDev = Args.finite(Args.atLeast(nbDev, 0.0, "nbDev"), "nbDev");
    this.window = new DoubleRing(period);
  }

  @Override
  public double update(double x) {
    InputCheck.finite(x, "value");
    window.push(x);
    sum += x;
    sumSquares += x * x;
    if (window.isFull()) {
      double m = sum / period;
      double meanSquare = sumSquares / period;
      // The oldest input of this window leaves before the next update: TA-Lib's order.
      double oldest = window.oldest();
      sum -= oldest;
      sumSquares -= oldest * oldest;
      double variance = meanSquare - m * m;
      mean = m;
      value = variance < MIN_VARIANCE ? 0.0 : Math.sqrt(variance) * nbDev;
    }
    return value;
  }

  @Override
  public double value() {
    return value;
  }

  /**
   * The mean of the current window, computed with the same running sum (equal to {@link Sma}'s value).
   *
   * @return the window mean, {@code NaN} during warm-up
   */
  public double mean() {
    return mean;
  }

  @Override
  public boolean isReady() {
    return window.isFull();
  }

  @Override
  public int lookback() {
    return period - 1;
  }

  @Override
  public void reset() {
    window.clear();
    sum = 0;
    sumSquares = 0;
    mean = Double.NaN;
    value = Double.NaN;
  }

  /**
   * The window length.
   *
   * @return the period
   */
  public int period() {
    return period;
  }

  /**
   * The factor applied to the standard deviation.
   *
   * @return the factor
   */
  public double nbDev() {
    return nbDev;
  }
}
