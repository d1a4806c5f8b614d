package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Kaufman adaptive moving average (TA-Lib {@code KAMA}).
 *
 * <p>Over the last {@code period} changes, the efficiency ratio is
 * {@code ER = |x_t - x_(t-period)| / sum|x_i - x_(i-1)|} (1 when the sum is near zero, per TA-Lib's
 * {@code TA_IS_ZERO}, or not above the signed net change). The smoothing constant is
 * {@code sc = (ER*(2/3 - 2/31) + 2/31)^2}: the fast and slow constants 2 and 30 are fixed, whatever the
 * period, as in TA-Lib. Then {@code kama = (x - kama_prev)*sc + kama_prev}, with {@code kama_prev} seeded
 * with the input before the first output. Lookback {@code period}. The sum of absolute changes is kept
 * as a running sum in TA-Lib's order (remove the leaving change, then add the new one).
 */
public final class Kama implements ValueIndicator {

  private static final double SLOWEST = 2.0 / (30.0 + 1.0);
  private static final double SPREAD = 2.0 / (2.0 + 1.0) - SLOWEST;

  private final int period;
  // The last 'period' inputs before the current one: its oldest is x_(t-period).
  private final DoubleRing window;
  private int seen;
  private double previous;
  private double trailing;
  private double sumAbsChange;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the efficiency-ratio window, in changes, {@code >= 2} (TA-Lib's minimum)
   * @throws IllegalArgumentException if {@code period < 2}
   */
  public Kama(int period) {
    this.period = Args.atLeast(period, 2, "period");
    this.window = new DoubleRing(period);
  }

  @Override
  public double update(double x) {
    InputCheck.finite(x, "value");
    if (seen == 0) {
      seen = 1;
      window.push(x);
      previous = x;
      return value;
    }
    double start = window.oldest();
    if (seen < period + 1) {
      seen++;
      sumAbsChange += Math.abs(previous - x);
      if (seen <= period) {
        window.push(x);
        previous = x;
        return value;
      }
      // First output: the previous input stands in for the previous KAMA.
      value = previous;
    } else {
      sumAbsChange -= Math.abs(trailing - start);
      sumAbsChange += Math.abs(x - previous);
    }
    trailing = start;
    double netChange = x - start;
    double er;
    if (sumAbsChange <= netChange || NearZero.is(sumAbsChange)) {
      er = 1.0;
    } else {
      er = Math.abs(netChange / sumAbsChange);
    }
    double sc = (er * SPREAD) + SLOWEST;
    sc *= sc;
    value = ((x - value) * sc) + value;
    window.push(x);
    previous = x;
    return value;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public boolean isReady() {
    return seen > period;
  }

  @Override
  public int lookback() {
    return period;
  }

  @Override
  public void reset() {
    window.clear();
    seen = 0;
    previous = 0;
    trailing = 0;
    sumAbsChange = 0;
    value = Double.NaN;
  }

  /**
   * The efficiency-ratio period.
   *
   * @return the period
   */
  public int period() {
    return period;
  }
}
