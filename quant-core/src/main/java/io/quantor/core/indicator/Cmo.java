package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Chande momentum oscillator as TA-Lib computes it (TA-Lib {@code CMO}), on -100..100.
 *
 * <p>TA-Lib's CMO is not the textbook oscillator with plain sums of gains and losses: it uses the same
 * Wilder-smoothed average gain and loss as {@link Rsi} (seeded with the simple means of the first
 * {@code period} changes), so {@code CMO = 100*(avgGain - avgLoss)/(avgGain + avgLoss) = 2*RSI - 100},
 * or 0 when the sum is near zero ({@code |sum| < 1e-8}). R's TTR {@code CMO} uses plain sums and never
 * converges to this. Lookback {@code period}.
 */
public final class Cmo implements ValueIndicator {

  private final int period;
  private final GainLossAverages averages;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the smoothing period, {@code >= 1}
   * @throws IllegalArgumentException if {@code period < 1}
   */
  public Cmo(int period) {
    this.period = Args.atLeast(period, 1, "period");
    this.averages = new GainLossAverages(period);
  }

  @Override
  public double update(double x) {
    InputCheck.finite(x, "value");
    averages.update(x);
    if (averages.isReady()) {
      double gain = averages.gain();
      double loss = averages.loss();
      double sum = gain + loss;
      value = NearZero.is(sum) ? 0.0 : 100.0 * ((gain - loss) / sum);
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
