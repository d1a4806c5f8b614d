package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Plus directional indicator, TA-Lib {@code PLUS_DI}: {@code 100 * s(+DM)/s(TR)}, in [0, 100].
 *
 * <p>+DM is {@code high - prevHigh} when that is positive and larger than {@code prevLow - low}, else 0;
 * TR is the {@link TrueRange}; {@code s} is Wilder's running sum, seeded with the plain sum over bars 1 to
 * {@code period - 1}, then {@code s = s - s/period + x}. The value is 0 when {@code s(TR)} is within 1e-8
 * of zero (TA-Lib's guard).
 *
 * <p>Lookback {@code period}. For {@code period = 1} TA-Lib returns the unsmoothed ratio without the
 * factor 100; here the factor 100 is kept for every period. See also {@link MinusDi} and {@link Adx}.
 */
public final class PlusDi implements BarIndicator {

  private final int period;
  private final DirectionalMovement dm;

  /**
   * Creates the indicator.
   *
   * @param period the smoothing period, {@code >= 1}
   * @throws IllegalArgumentException if {@code period < 1}
   */
  public PlusDi(int period) {
    this.period = Args.atLeast(period, 1, "period");
    this.dm = new DirectionalMovement(period);
  }

  /**
   * Feeds the next bar.
   *
   * @param high the high
   * @param low the low
   * @param close the close
   * @return +DI, {@code NaN} for the first {@code period} bars
   * @throws IllegalArgumentException if an input is NaN or infinite (the state is then unchanged)
   */
  public double update(double high, double low, double close) {
    InputCheck.finite(high, "high");
    InputCheck.finite(low, "low");
    InputCheck.finite(close, "close");
    dm.update(high, low, close);
    return dm.plusDi();
  }

  @Override
  public double update(double open, double high, double low, double close, double volume) {
    return update(high, low, close);
  }

  @Override
  public double value() {
    return dm.plusDi();
  }

  @Override
  public boolean isReady() {
    return dm.count() > period;
  }

  @Override
  public int lookback() {
    return period;
  }

  @Override
  public void reset() {
    dm.reset();
  }

  /**
   * The smoothing period.
   *
   * @return the period
   */
  public int period() {
    return period;
  }
}
