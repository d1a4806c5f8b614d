package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Relative strength index (TA-Lib {@code RSI}), on the usual 0..100 scale.
 *
 * <p>Average gain and loss of the changes {@code d_t = x_t - x_(t-1)} are Wilder-smoothed: seeded with the
 * simple means of the first {@code period} changes, then {@code avg = (avg*(period-1) + x)/period}.
 * {@code RSI = 100*avgGain/(avgGain + avgLoss)}, or 0 when the sum is near zero
 * ({@code TA_IS_ZERO}: {@code |sum| < 1e-8}, an absolute threshold, as in TA-Lib). Lookback
 * {@code period}; TA-Lib's unstable period is 0.
 *
 * <p>Period 1 is accepted and gives 100 after a rise, 0 after a fall or no change (TA-Lib's own API
 * starts at period 2).
 */
public final class Rsi implements ValueIndicator {

  private final int period;
  private final GainLossAverages averages;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the smoothing period, {@code >= 1}
   * @throws IllegalArgumentException if {@code period < 1}
   */
  public Rsi(int period) {
    this.period = Args.atLeast(period, 1, "period");
    this.averages = new GainLossAverages(period);
  }

  @Override
  public double update(double x) {
    InputCheck.finite(x, "value");
    averages.update(x);
    if (averages.isReady()) {
      double gain = averages.gain();
      double sum = gain + averages.loss();
      value = NearZero.is(sum) ? 0.0 : 100.0 * (gain / sum);
    }
    return value;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public boolean isReady() {
    return averages.isReady();
  }

  @Override
  public int lookback() {
    return period;
  }

  @Override
  public void reset() {
    averages.reset();
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
