package io.quantor.core.signal;

import io.quantor.core.indicator.Atr;
import io.quantor.core.indicator.Ema;
import io.quantor.core.internal.Args;
import io.quantor.core.series.Bar;

/**
 * Trend following on two exponential moving averages: long while the fast EMA is above the slow one.
 *
 * <p>The gap between the averages is measured in average true ranges, so the score does not depend on
 * the price level:
 * <pre>
 *   score = clamp((EMA_fast - EMA_slow) / (saturation * ATR), -1, 1),   0 when ATR = 0
 * </pre>
 * ({@link Ema} with TA-Lib's seeding on the close, {@link Atr} with Wilder's smoothing). Confidence
 * {@code |score|}. This is the state form of the crossover: the sign changes on the bar the averages
 * cross. Warm-up {@code max(slow - 1, atrPeriod)}. Defaults: 12/26 (as MACD), ATR 14, saturation 1.0
 * (the score saturates when the averages are one ATR apart, about the 85th percentile of
 * {@code |gap|/ATR} on the ORCL and YHOO daily closes of 1995-2015), horizon 1 bar.
 */
public final class EmaCrossover implements AlphaModel {

  private final int fastPeriod;
  private final int slowPeriod;
  private final int atrPeriod;
  private final double saturation;
  private final int horizonBars;
  private final String name;
  private final Ema fast;
  private final Ema slow;
  private final Atr atr;

  /** The model with EMAs 12/26, ATR 14, saturation 1.0, horizon 1. */
  public EmaCrossover() {
    this(12, 26, 14, 1.0, 1);
  }

  /**
   * Creates the model.
   *
   * @param fastPeriod the fast EMA period, {@code >= 1}
   * @param slowPeriod the slow EMA period, {@code > fastPeriod}
   * @param atrPeriod the ATR period, {@code >= 1}
   * @param saturation the gap, in ATRs, at which the score reaches {@code +-1}; finite, {@code > 0}
   * @param horizonBars the signals' horizon, {@code >= 1}
   * @throws IllegalArgumentException if an argument is out of range
   */
  public EmaCrossover(int fastPeriod, int slowPeriod, int atrPeriod, double saturation, int horizonBars) {
    this.fastPeriod = Args.atLeast(fastPeriod, 1, "fastPeriod");
    this.slowPeriod = Args.atLeast(slowPeriod, fastPeriod + 1, "slowPeriod");
    this.atrPeriod = Args.atLeast(atrPeriod, 1, "atrPeriod");
    this.saturation = Args.positive(saturation, "saturation");
    this.horizonBars = Args.atLeast(horizonBars, 1, "horizonBars");
    this.name = Signal.sourceName("ema-crossover", fastPeriod, slowPeriod, atrPeriod, saturation);
    this.fast = new Ema(fastPeriod);
    this.slow = new Ema(slowPeriod);
    this.atr = new Atr(atrPeriod);
  }

  @Override
  public Signal update(String instrument, Bar bar) {
    Signal.checkInstrument(instrument);
    double f = fast.update(bar.close());
    double s = slow.update(bar.close());
    double range = atr.update(bar.high(), bar.low(), bar.close());
    if (!isReady()) {
      return Signal.abstain(instrument, bar.timestamp(), horizonBars, name);
    }
    double score = range > 0 ? Math.max(-1.0, Math.min(1.0, (f - s) / (saturation * range))) : 0.0;
    return Signal.of(instrument, bar.timestamp(), score, Math.abs(score), horizonBars, name);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int warmUp() {
    return Math.max(slow.lookback(), atr.lookback());
  }

  @Override
  public int horizonBars() {
    return horizonBars;
  }

  @Override
  public boolean isReady() {
    return slow.isReady() && atr.isReady();
  }

  @Override
  public void reset() {
    fast.reset();
    slow.reset();
    atr.reset();
  }

  /**
   * The fast EMA period.
   *
   * @return the period
   */
  public int fastPeriod() {
    return fastPeriod;
  }

  /**
   * The slow EMA period.
   *
   * @return the period
   */
  public int slowPeriod() {
    return slowPeriod;
  }

  /**
   * The ATR period.
   *
   * @return the period
   */
  public int atrPeriod() {
    return atrPeriod;
  }

  /**
   * The gap, in ATRs, at which the score saturates.
   *
   * @return the saturation
   */
  public double saturation() {
    return saturation;
  }
}
