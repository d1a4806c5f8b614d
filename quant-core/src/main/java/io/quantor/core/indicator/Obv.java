package io.quantor.core.indicator;

/**
 * On-balance volume, TA-Lib {@code OBV}: a running total of volume, added on up closes and subtracted on
 * down closes.
 *
 * <p>TA-Lib's start: the first value is the first bar's volume ({@code obv_0 = volume_0}, not 0); then
 * {@code obv_t = obv_(t-1) + volume_t} if {@code close_t > close_(t-1)}, {@code - volume_t} if lower,
 * unchanged if equal (compared exactly). Lookback 0. As a {@link BarIndicator} it reads the close and the
 * volume only.
 *
 * <pre>{@code
 * Obv obv = new Obv();
 * obv.update(close, volume);
 * }</pre>
 */
public final class Obv implements BarIndicator {

  private double prevClose;
  private boolean started;
  private double value = Double.NaN;

  /** Creates the indicator (it has no parameter). */
  public Obv() {
  }

  @Override
  public double update(double open, double high, double low, double close, double volume) {
    return update(close, volume);
  }

  /**
   * Feeds the next close and volume.
   *
   * @param close the close (or any price compared with the previous one); must be finite
   * @param volume the volume; finite and {@code >= 0}
   * @return the on-balance volume after this update
   * @throws IllegalArgumentException if an input is invalid (the state is then unchanged)
   */
  public double update(double close, double volume) {
    InputCheck.finite(close, "close");
    VolumeCheck.volume(volume);
    if (!started) {
      started = true;
      value = volume;
    } else if (close > prevClose) {
      value += volume;
    } else if (close < prevClose) {
      value -= volume;
    }
    prevClose = close;
    return value;
  }

  @Override
  public double value() {
    return value;
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
    started = false;
    prevClose = 0;
    value = Double.NaN;
  }
}
