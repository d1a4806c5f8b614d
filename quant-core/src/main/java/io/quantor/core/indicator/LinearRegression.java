package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Rolling linear regression value (TA-Lib {@code LINEARREG}): the least-squares line through the last
 * {@code period} inputs against {@code x = 0..period-1} (oldest first), evaluated at the newest input.
 *
 * <p>With {@code c = (period-1)/2}, slope {@code m = (Sxy - c*Sy)/(period*(period^2-1)/12)} and value
 * {@code Sy/period + c*m}, where {@code Sy} and {@code Sxy} are the window's sums of {@code y} and
 * {@code x*y}. Both sums are updated in O(1): when the window slides, every weight drops by one, so
 * {@code Sxy -= (Sy without the leaving input)} and the new input enters with weight {@code period-1}.
 * To keep long streams from drifting, both sums are carried as unevaluated pairs {@code hi + lo}
 * (Knuth's two-sum, products split with {@link Math#fma}), so their rounding errors do not accumulate,
 * even when the price level changes by orders of magnitude. TA-Lib recomputes each window from scratch;
 * the two agree to about 1e-15 relative. Lookback {@code period - 1}.
 */
public final class LinearRegression implements ValueIndicator {

  private final int period;
  private final double center;
  private final double weightVariance;
  private final DoubleRing window;
  private double sumHi;
  private double sumLo;
  private double weightedHi;
  private double weightedLo;
  private int filled;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the window length, {@code >= 2} (a line needs two points)
   * @throws IllegalArgumentException if {@code period < 2}
   */
  public LinearRegression(int period) {
    this.period = Args.atLeast(period, 2, "period");
    this.center = (period - 1) / 2.0;
    // sum over the window of (x - c)^2
    this.weightVariance = period * ((double) period * period - 1.0) / 12.0;
    this.window = new DoubleRing(period);
  }

  @Override
  public double update(double y) {
    InputCheck.finite(y, "value");
    boolean sliding = window.isFull();
    double leaving = window.push(y);
    double weight;
    if (sliding) {
      addToSum(-leaving);
      // Every remaining input moves one step older: its weight drops by one.
      addToWeighted(-sumHi);
      addToWeighted(-sumLo);
      weight = period - 1;
    } else {
      // Warm-up: the new input's 0-based position in the window.
      weight = filled++;
    }
    addToSum(y);
    double product = weight * y;
    addToWeighted(product);
    addToWeighted(Math.fma(weight, y, -product));
    if (window.isFull()) {
      double centered = Math.fma(-center, sumHi, weightedHi) + (weightedLo - center * sumLo);
      double slope = centered / weightVariance;
      value = (sumHi + sumLo) / period + center * slope;
    }
    return value;
  }

  private void addToSum(double a) {
    double s = sumHi + a;
    double aPart = s - sumHi;
    sumLo += (sumHi - (s - aPart)) + (a - aPart);
    sumHi = s;
  }

  private void addToWeighted(double a) {
    double s = weightedHi + a;
    double aPart = s - weightedHi;
    weightedLo += (weightedHi - (s - aPart)) + (a - aPart);
    weightedHi = s;
  }

  @Override
  public double value() {
    return value;
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
    filled = 0;
    sumHi = 0;
    sumLo = 0;
    weightedHi = 0;
    weightedLo = 0;
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
}
