package io.quantor.core.indicator;

import io.quantor.core.internal.Args;

/**
 * Chaikin A/D oscillator, TA-Lib {@code ADOSC}: a fast EMA minus a slow EMA of the
 * {@linkplain AccumulationDistribution accumulation/distribution line}.
 *
 * <p>TA-Lib seeds these two EMAs differently from its {@code EMA} function (and so from {@link Ema}):
 * both start at the first bar's A/D value (no SMA seed) and then follow
 * {@code e = k*ad + (1 - k)*e} with {@code k = 2/(period+1)}, written in that form as TA-Lib does. They run
 * silently until the first output at index {@code max(fast, slow) - 1}, the lookback. Because the seeding
 * differs, this class keeps its own two EMA states instead of reusing {@link Ema}. TTR's {@code chaikinAD}
 * oscillator built from SMA-seeded EMAs differs a lot at the start and agrees only after ~100 bars.
 *
 * <pre>{@code
 * ChaikinOscillator adosc = new ChaikinOscillator(3, 10);
 * adosc.update(high, low, close, volume);     // NaN for the first 9 bars
 * }</pre>
 */
public final class ChaikinOscillator implements BarIndicator {

  private final int fastPeriod;
  private final int slowPeriod;
  private final int lookback;
  private final double fastK;
  private final double oneMinusFastK;
  private final double slowK;
  private final double oneMinusSlowK;
  private final AccumulationDistribution ad = new AccumulationDistribution();
  private double fastEma;
  private double slowEma;
  private int count;
  private double value = Double.NaN;

  /**
   * Creates the indicator.
   *
   * @param fastPeriod the fast EMA period, {@code >= 1} (TA-Lib default 3)
   * @param slowPeriod the slow EMA period, {@code >= 1} (TA-Lib default 10)
   * @throws IllegalArgumentException if a period is {@code < 1}
   */
  public ChaikinOscillator(int fastPeriod, int slowPeriod) {
    this.fastPeriod = Args.atLeast(fastPeriod, 1, "fastPeriod");
    this.slowPeriod = Args.atLeast(slowPeriod, 1, "slowPeriod");
    this.lookback = Math.max(fastPeriod, slowPeriod) - 1;
    this.fastK = 2.0 / (fastPeriod + 1);
    this.oneMinusFastK = 1.0 - fastK;
    this.slowK = 2.0 / (slowPeriod + 1);
    this.oneMinusSlowK = 1.0 - slowK;
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
   * @return the oscillator after this update ({@code NaN} during warm-up)
   * @throws IllegalArgumentException if an input is invalid (the state is then unchanged)
   */
  public double update(double high, double low, double close, double volume) {
    double line = ad.update(high, low, close, volume);
    if (count == 0) {
      fastEma = line;
      slowEma = line;
    } else {
      fastEma = (fastK * line) + (oneMinusFastK * fastEma);
      slowEma = (slowK * line) + (oneMinusSlowK * slowEma);
    }
    if (count < lookback) {
      count++;
    } else {
      count = lookback + 1;
      value = fastEma - slowEma;
    }
    return value;
  }

  @Override
  public double value() {
    return value;
  }

  @Override
  public boolean isReady() {
    return count > lookback;
  }

  @Override
  public int lookback() {
    return lookback;
  }

  @Override
  public void reset() {
    ad.reset();
    fastEma = 0;
    slowEma = 0;
    count = 0;
    value = Double.NaN;
  }

  /**
   * The accumulation/distribution line the oscillator is computed from (defined from the first bar).
   *
   * @return the latest A/D value, {@code NaN} before the first bar
   */
  public double ad() {
    return ad.value();
  }

  /**
   * The fast period.
   *
   * @return the fast period
   */
  public int fastPeriod() {
    return fastPeriod;
  }

  /**
   * The slow period.
   *
   * @return the slow period
   */
  public int slowPeriod() {
    return slowPeriod;
  }
}
