package io.quantor.core.indicator;

/**
 * True range, TA-Lib {@code TRANGE}: the largest of {@code high - low}, {@code |high - previous close|}
 * and {@code |low - previous close|}, which for a valid bar equals
 * {@code max(high, previous close) - min(low, previous close)}.
 *
 * <p>The first bar has no previous close, so its true range is undefined (not {@code high - low}, as
 * TA-Lib): lookback 1. The value is never negative.
 */
public final class TrueRange implements BarIndicator {

  private double prevClose;
  private boolean started;
  private double value = Double.NaN;

  /** Creates the indicator. */
  public TrueRange() {
    // No parameters.
  }

  /**
   * The true range of one bar, in TA-Lib's order of operations.
   *
   * @param high the bar's high
   * @param low the bar's low
   * @param prevClose the previous bar's close
   * @return the true range, {@code >= 0}
   */
  static double of(double high, double low, double prevClose) {
    // Math.max compiles to branch-free code; which of the three wins depends on gaps and is unpredictable.
    // The inputs are finite and the three terms are >= 0, so Math.max's NaN and -0.0 rules do not apply.
    return Math.max(high - low, Math.max(Math.abs(prevClose - high), Math.abs(prevClose - low)));
  }

  /**
   * Feeds the next bar.
   *
   * @param high the high
   * @param low the low
   * @param close the close
   * @return the true range, {@code NaN} for the first bar
   * @throws IllegalArgumentException if an input is NaN or infinite (the state is then unchanged)
   */
  public double update(double high, double low, double close) {
    InputCheck.finite(high, "high");
    InputCheck.finite(low, "low");
    InputCheck.finite(close, "close");
    if (started) {
      value = of(high, low, prevClose);
    } else {
      started = true;
    }
    prevClose = close;
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
    return !Double.isNaN(value);
  }

  @Override
  public int lookback() {
    return 1;
  }

  @Override
  public void reset() {
    prevClose = 0;
    started = false;
    value = Double.NaN;
  }
}
