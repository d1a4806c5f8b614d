package io.quantor.core.indicator;

/**
 * Normalized average true range, TA-Lib {@code NATR}: {@code (ATR/close)*100}, the {@link Atr} as a
 * percentage of the current close; 0 when the close is within {@code 1e-8} of zero (TA-Lib's guard).
 *
 * <p>Lookback {@code period}. TA-Lib special-cases {@code period = 1} and then returns the raw true range
 * (not normalized); here {@code period = 1} is normalized like every other period.
 */
public final class Natr implements BarIndicator {

  private final Atr atr;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the ATR period, {@code >= 1}
   * @throws IllegalArgumentException if {@code period < 1}
   */
  public Natr(int period) {
    this.atr = new Atr(period);
  }

  /**
   * Feeds the next bar.
   *
   * @param high the high
   * @param low the low
   * @param close the close
   * @return the NATR in percent, {@code NaN} for the first {@code period} bars
   * @throws IllegalArgumentException if an input is NaN or infinite (the state is then unchanged)
   */
  public double update(double high, double low, double close) {
    double a = atr.update(high, low, close);
    if (atr.isReady()) {
      value = close > -1e-8 && close < 1e-8 ? 0.0 : (a / close) * 100.0;
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

  @Override
  public boolean isReady() {
    return atr.isReady();
  }

  @Override
  public int lookback() {
    return atr.lookback();
  }

  @Override
  public void reset() {
    atr.reset();
    value = Double.NaN;
  }

  /**
   * The ATR period.
   *
   * @return the period
   */
  public int period() {
    return atr.period();
  }
}
