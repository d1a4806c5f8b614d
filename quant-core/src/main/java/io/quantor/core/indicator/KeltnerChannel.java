package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Keltner channel in its modern form, as R's TTR {@code keltnerChannels(HLC, n, atr)} with its default EMA
 * (TA-Lib has no such function): {@code middle = EMA(typical price, period)} with the {@link Ema} rule
 * ({@code k = 2/(period+1)}, seeded with the SMA of the first {@code period} typical prices,
 * {@code tp = (high+low+close)/3}), and {@code upper/lower = middle +/- atrMultiplier * ATR(period)} with
 * the Wilder {@link Atr} (TA-Lib's and TTR's ATR agree).
 *
 * <p>Not Keltner's original 1960 channel (a 10-day SMA of the typical price +/- the SMA of high - low).
 *
 * <p>Lookback {@code period - 1}: {@link #value()} is the middle line. The ATR needs a previous close, so
 * {@link #upper()} and {@link #lower()} start one bar later, at bar {@code period}, as in TTR.
 */
public final class KeltnerChannel implements BarIndicator {

  private final double multiplier;
  private final Ema average;
  private final Atr atr;
  private double upper = Double.NaN;
  private double middle = Double.NaN;
  private double lower = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param period the EMA and ATR period, {@code >= 1}
   * @param atrMultiplier the band width in ATRs, finite and {@code > 0} (usually 2)
   * @throws IllegalArgumentException if a parameter is out of range
   */
  public KeltnerChannel(int period, double atrMultiplier) {
    Args.atLeast(period, 1, "period");
    this.multiplier = Args.positive(atrMultiplier, "atrMultiplier");
    this.average = new Ema(period);
    this.atr = new Atr(period);
  }

  /**
   * Feeds the next bar.
   *
   * @param high the high
   * @param low the low
   * @param close the close
   * @return the middle line, {@code NaN} for the first {@code period - 1} bars
   * @throws IllegalArgumentException if an input is NaN or infinite (the state is then unchanged)
   */
  public double update(double high, double low, double close) {
    // The ATR checks all three inputs before changing any state.
    double range = atr.update(high, low, close);
    middle = average.update((high + low + close) / 3);
    if (atr.isReady()) {
      double width = multiplier * range;
      upper = middle + width;
      lower = middle - width;
    }
    return middle;
  }

  @Override
  public double update(double open, double high, double low, double close, double volume) {
    return update(high, low, close);
  }

  /**
   * The main output, the middle line.
   *
   * @return the middle line, {@code NaN} during warm-up
   */
  @Override
  public double value() {
    return middle;
  }

  /**
   * The upper band, {@code middle + atrMultiplier * ATR}.
   *
   * @return the upper band, {@code NaN} for the first {@code period} bars
   */
  public double upper() {
    return upper;
  }

  /**
   * The middle line, the EMA of the typical price.
   *
   * @return the middle line, {@code NaN} for the first {@code period - 1} bars
   */
  public double middle() {
    return middle;
  }

  /**
   * The lower band, {@code middle - atrMultiplier * ATR}.
   *
   * @return the lower band, {@code NaN} for the first {@code period} bars
   */
  public double lower() {
    return lower;
  }

  @Override
  public boolean isReady() {
    return average.isReady();
  }

  @Override
  public int lookback() {
    return average.lookback();
  }

  @Override
  public void reset() {
    average.reset();
    atr.reset();
    upper = Double.NaN;
    middle = Double.NaN;
    lower = Double.NaN;
  }

  /**
   * The EMA and ATR period.
   *
   * @return the period
   */
  public int period() {
    return average.period();
  }

  /**
   * The band width in ATRs.
   *
   * @return the multiplier
   */
  public double atrMultiplier() {
    return multiplier;
  }
}
