package io.quantor.core.indicator;

/**
 * Chaikin accumulation/distribution line, TA-Lib {@code AD}: a running total of volume weighted by where
 * the close sits in the bar's range.
 *
 * <p>{@code ad_t = ad_(t-1) + (((close - low) - (high - close)) / (high - low)) * volume}, TA-Lib's order
 * of operations; the term is 0 when {@code high - low} is not positive (TA-Lib's guard, so a flat bar
 * adds nothing). The line starts from 0 before the first bar, so the first value already includes it.
 * Lookback 0. Open is ignored.
 *
 * <pre>{@code
 * AccumulationDistribution ad = new AccumulationDistribution();
 * ad.update(high, low, close, volume);
 * }</pre>
 */
public final class AccumulationDistribution implements BarIndicator {

  private double sum;
  private boolean started;

  /** Creates the indicator (it has no parameter). */
  public AccumulationDistribution() {
  }

  @Override
  public double update(double open, double high, double low, double close, double volume) {
    return update(high, low, close, volume);
  }

  /**
   * Feeds the next bar.
   *
   * @param high the high; finite
   * @param low the low; finite
   * @param close the close; finite
   * @param volume the volume; finite and {@code >= 0}
   * @return the accumulation/distribution line after this update
   * @throws IllegalArgumentException if an input is invalid (the state is then unchanged)
   */
  public double update(double high, double low, double close, double volume) {
    InputCheck.finite(high, "high");
    InputCheck.finite(low, "low");
    InputCheck.finite(close, "close");
    VolumeCheck.volume(volume);
    double range = high - low;
    if (range > 0) {
      sum += (((close - low) - (high - close)) / range) * volume;
    }
    started = true;
    return sum;
  }

  @Override
  public double value() {
    return started ? sum : Double.NaN;
  }

  @Override
  public boolean isReady() {
    return started;
  }

  @Override
  public int lookback() {
    return 0;
  }

  @Override
  public void reset() {
    sum = 0;
    started = false;
  }
}
