package io.quantor.core.indicator;

import io.quantor.core.internal.Args;
import java.util.Arrays;

/**
 * Rolling volume-weighted average price over the last {@code period} bars, as R TTR's
 * {@code VWAP(price, volume, n)} (TA-Lib has no VWAP). Not session-anchored: the window slides bar by bar
 * and never resets at a session open.
 *
 * <p>{@code vwap = sum(price_i * volume_i) / sum(volume_i)} over the window, with TTR's running sums
 * ({@code S_t = S_(t-1) + x_t - x_(t-n)}). Lookback {@code period - 1}.
 *
 * <p><b>Zero volume.</b> When every bar of the window has zero volume the weights are undefined; the value
 * is then the window's equal-weight average price (the limit of the VWAP when all volumes are equal),
 * never {@code NaN}. The case is detected exactly by counting the window's bars with positive volume, not
 * by testing the running sum, whose roundoff could leave a tiny non-zero residue. Negative volume is
 * rejected.
 *
 * <p>The price is chosen by the caller: {@link #update(double, double)} takes it explicitly (a close, a
 * trade price). Fed whole bars through {@link BarIndicator}, it uses the typical price
 * {@code (high + low + close)/3}, the usual choice for bar data.
 *
 * <pre>{@code
 * Vwap vwap = new Vwap(20);
 * vwap.update(close, volume);                  // NaN for the first 19 bars
 * }</pre>
 */
public final class Vwap implements BarIndicator {

  private final int period;
  private final double[] prices;
  private final double[] volumes;
  private double priceVolumeSum;
  private double volumeSum;
  private double priceSum;
  private int positiveVolumes;
  private int next;
  private int count;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the number of bars in the window, {@code >= 1}
   * @throws IllegalArgumentException if {@code period < 1}
   */
  public Vwap(int period) {
    this.period = Args.atLeast(period, 1, "period");
    this.prices = new double[period];
    this.volumes = new double[period];
  }

  /**
   * Feeds the next bar with the typical price {@code (high + low + close)/3} as its price.
   *
   * @param open ignored
   * @param high the high; finite
   * @param low the low; finite
   * @param close the close; finite
   * @param volume the volume; finite and {@code >= 0}
   * @return the VWAP after this update ({@code NaN} during warm-up)
   * @throws IllegalArgumentException if an input is invalid (the state is then unchanged)
   */
  @Override
  public double update(double open, double high, double low, double close, double volume) {
    InputCheck.finite(high, "high");
    InputCheck.finite(low, "low");
    InputCheck.finite(close, "close");
    return update((high + low + close) / 3.0, volume);
  }

  /**
   * Feeds the next price and volume.
   *
   * @param price the price; finite
   * @param volume the volume; finite and {@code >= 0}
   * @return the VWAP after this update ({@code NaN} during warm-up)
   * @throws IllegalArgumentException if an input is invalid (the state is then unchanged)
   */
  public double update(double price, double volume) {
    InputCheck.finite(price, "price");
    VolumeCheck.volume(volume);
    double pv = price * volume;
    if (count < period) {
      count++;
      priceVolumeSum += pv;
      volumeSum += volume;
      priceSum += price;
    } else {
      double oldPrice = prices[next];
      double oldVolume = volumes[next];
      priceVolumeSum = priceVolumeSum + pv - oldPrice * oldVolume;
      volumeSum = volumeSum + volume - oldVolume;
      priceSum = priceSum + price - oldPrice;
      if (oldVolume > 0 && --positiveVolumes == 0 && volume == 0) {
        // Every volume in the window is now zero: make the sums exactly zero, dropping any roundoff residue.
        priceVolumeSum = 0;
        volumeSum = 0;
      }
    }
    if (volume > 0) {
      positiveVolumes++;
    }
    prices[next] = price;
    volumes[next] = volume;
    if (++next == period) {
      next = 0;
    }
    if (count == period) {
      value = positiveVolumes > 0 ? priceVolumeSum / volumeSum : priceSum / period;
    }
    return value;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public boolean isReady() {
    return count == period;
  }

  @Override
  public int lookback() {
    return period - 1;
  }

  @Override
  public void reset() {
    Arrays.fill(prices, 0);
    Arrays.fill(volumes, 0);
    priceVolumeSum = 0;
    volumeSum = 0;
    priceSum = 0;
    positiveVolumes = 0;
    next = 0;
    count = 0;
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
