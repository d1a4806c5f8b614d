package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Average directional movement index, TA-Lib {@code ADX}, in [0, 100], with the {@link PlusDi +DI} and
 * {@link MinusDi -DI} it is built from.
 *
 * <p>From bar {@code period} on, each bar's {@code DX = 100*(|-DI - +DI|/(-DI + +DI))}. The first ADX, at
 * bar {@code 2*period - 1}, is the mean of the DX of bars {@code period .. 2*period-1}; then
 * {@code adx = (adx*(period-1) + dx)/period}. Where TA-Lib has no DX (smoothed TR or DI sum within 1e-8 of
 * zero, a flat market) it adds nothing to the first mean and leaves the ADX unchanged afterwards; so does
 * this class.
 *
 * <p>Lookback {@code 2*period - 1}; {@link #plusDi()} and {@link #minusDi()} are defined earlier, from
 * bar {@code period}. TA-Lib accepts {@code period >= 2}; {@code period = 1} is accepted here (the ADX is
 * then the DX).
 */
public final class Adx implements BarIndicator {

  private final int period;
  private final double inversePeriod;
  private final DirectionalMovement dm;
  private double dxSum;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the smoothing period of the DIs and of the ADX, {@code >= 1} and {@code <= 2^30} (so
   *     that the lookback is an {@code int})
   * @throws IllegalArgumentException if {@code period} is out of range
   */
  public Adx(int period) {
    this.period = Args.inRange(period, 1, 1 << 30, "period");
    this.inversePeriod = 1.0 / period;
    this.dm = new DirectionalMovement(period);
  }

  /**
   * Feeds the next bar.
   *
   * @param high the high
   * @param low the low
   * @param close the close
   * @return the ADX, {@code NaN} for the first {@code 2*period - 1} bars
   * @throws IllegalArgumentException if an input is NaN or infinite (the state is then unchanged)
   */
  public double update(double high, double low, double close) {
    InputCheck.finite(high, "high");
    InputCheck.finite(low, "low");
    InputCheck.finite(close, "close");
    dm.update(high, low, close);
    long bar = dm.count() - 1;
    if (bar >= period) {
      long first = 2L * period - 1;
      if (bar <= first) {
        if (dm.dxDefined()) {
          dxSum += dm.dx();
        }
        if (bar == first) {
          value = dxSum / period;
        }
      } else if (dm.dxDefined()) {
        value = (value * (period - 1) + dm.dx()) * inversePeriod;
      }
    }
    return value;
  }

  @Override
  public double update(double open, double high, double low, double close, double volume) {
    return update(high, low, close);
  }

  @Override
  public double value() {
    return value;
  }

  /**
   * The latest +DI (TA-Lib {@code PLUS_DI} of the same period).
   *
   * @return +DI in [0, 100], {@code NaN} for the first {@code period} bars
   */
  public double plusDi() {
    return dm.plusDi();
  }

  /**
   * The latest -DI (TA-Lib {@code MINUS_DI} of the same period).
   *
   * @return -DI in [0, 100], {@code NaN} for the first {@code period} bars
   */
  public double minusDi() {
    return dm.minusDi();
  }

  @Override
  public boolean isReady() {
    return dm.count() >= 2L * period;
  }

  @Override
  public int lookback() {
    return 2 * period - 1;
  }

  @Override
  public void reset() {
    dm.reset();
    dxSum = 0;
    value = Double.NaN;
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
