package io.quantor.core.signal;

import io.quantor.core.indicator.Atr;
import io.quantor.core.indicator.Macd;
import io.quantor.core.internal.Args;
import io.quantor.core.series.Bar;

/**
 * MACD momentum: long while the MACD line is above its signal line (a positive histogram).
 *
 * <p>On the close's {@link Macd} (TA-Lib's seeding) and the {@link Atr}:
 * <pre>
 *   score = clamp(histogram / (saturation * ATR), -1, 1),   0 when ATR = 0
 * </pre>
 * with {@code histogram = MACD - signal}. Confidence {@code |score|}. Warm-up
 * {@code max((slow - 1) + (signal - 1), atrPeriod)}. Defaults: 12/26/9 (Appel), ATR 14, saturation 0.3
 * (about the 85th percentile of {@code |histogram|/ATR} on the ORCL and YHOO daily closes of 1995-2015),
 * horizon 1 bar.
 */
public final class MacdCrossover implements AlphaModel {

  private final int atrPeriod;
  private final double saturation;
  private final int horizonBars;
  private final String name;
  private final Macd macd;
  private final Atr atr;

  /** The model with MACD 12/26/9, ATR 14, saturation 0.3, horizon 1. */
  public MacdCrossover() {
    this(12, 26, 9, 14, 0.3, 1);
  }

  /**
   * Creates the model.
   *
   * @param fastPeriod the fast EMA period, {@code >= 1}
   * @param slowPeriod the slow EMA period, {@code > fastPeriod}
   * @param signalPeriod the signal EMA period, {@code >= 1}
   * @param atrPeriod the ATR period, {@code >= 1}
   * @param saturation the histogram, in ATRs, at which the score reaches {@code +-1}; finite, {@code > 0}
   * @param horizonBars the signals' horizon, {@code >= 1}
   * @throws IllegalArgumentException if an argument is out of range
   */
  public MacdCrossover(int fastPeriod, int slowPeriod, int signalPeriod, int atrPeriod, double saturation,
      int horizonBars) {
    Args.atLeast(fastPeriod, 1, "fastPeriod");
    Args.atLeast(slowPeriod, fastPeriod + 1, "slowPeriod");
    Args.atLeast(signalPeriod, 1, "signalPeriod");
    this.atrPeriod = Args.atLeast(atrPeriod, 1, "atrPeriod");
    this.saturation = Args.positive(saturation, "saturation");
    this.horizonBars = Args.atLeast(horizonBars, 1, "horizonBars");
    this.name = Signal.sourceName("macd-crossover", fastPeriod, slowPeriod, signalPeriod, atrPeriod,
        saturation);
    this.macd = new Macd(fastPeriod, slowPeriod, signalPeriod);
    this.atr = new Atr(atrPeriod);
  }

  @Override
  public Signal update(String instrument, Bar bar) {
    Signal.checkInstrument(instrument);
    macd.update(bar.close());
    double range = atr.update(bar.high(), bar.low(), bar.close());
    if (!isReady()) {
      return Signal.abstain(instrument, bar.timestamp(), horizonBars, name);
    }
    double h = macd.histogram();
    double score = range > 0 ? Math.max(-1.0, Math.min(1.0, h / (saturation * range))) : 0.0;
    return Signal.of(instrument, bar.timestamp(), score, Math.abs(score), horizonBars, name);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int warmUp() {
    return Math.max(macd.lookback(), atr.lookback());
  }

  @Override
  public int horizonBars() {
    return horizonBars;
  }

  @Override
  public boolean isReady() {
    return macd.isReady() && atr.isReady();
  }

  @Override
  public void reset() {
    macd.reset();
    atr.reset();
  }

  /**
   * The fast EMA period.
   *
   * @return the period
   */
  public int fastPeriod() {
    return macd.fastPeriod();
  }

  /**
   * The slow EMA period.
   *
   * @return the period
   */
  public int slowPeriod() {
    return macd.slowPeriod();
  }

  /**
   * The signal EMA period.
   *
   * @return the period
   */
  public int signalPeriod() {
    return macd.signalPeriod();
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
   * The histogram, in ATRs, at which the score saturates.
   *
   * @return the saturation
   */
  public double saturation() {
    return saturation;
  }
}
