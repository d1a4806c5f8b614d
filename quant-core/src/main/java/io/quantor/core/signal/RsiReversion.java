package io.quantor.core.signal;

import io.quantor.core.indicator.Rsi;
import io.quantor.core.internal.Args;
import io.quantor.core.series.Bar;

/**
 * RSI mean reversion: buy an oversold market, sell an overbought one.
 *
 * <p>On the close's {@link Rsi} (Wilder, TA-Lib's {@code RSI}, 0..100):
 * <pre>
 *   score = min(1, (50 - RSI) / (50 - oversold))     if RSI &lt; 50
 *   score = -min(1, (RSI - 50) / (overbought - 50))  if RSI &gt; 50,   0 at RSI = 50
 * </pre>
 * so the score is {@code +1} at and below the oversold level, {@code -1} at and above the overbought level
 * and linear in between. Confidence {@code |score|}. Warm-up: the RSI's lookback, {@code period}.
 * Defaults: period 14, levels 30 and 70 (Wilder, 1978), horizon 1 bar.
 */
public final class RsiReversion implements AlphaModel {

  private final int period;
  private final double oversold;
  private final double overbought;
  private final int horizonBars;
  private final String name;
  private final Rsi rsi;

  /** The model with period 14, levels 30/70, horizon 1. */
  public RsiReversion() {
    this(14, 30, 70, 1);
  }

  /**
   * Creates the model.
   *
   * @param period the RSI period, {@code >= 1}
   * @param oversold the oversold level, in {@code (0, 50)}
   * @param overbought the overbought level, in {@code (50, 100)}
   * @param horizonBars the signals' horizon, {@code >= 1}
   * @throws IllegalArgumentException if an argument is out of range
   */
  public RsiReversion(int period, double oversold, double overbought, int horizonBars) {
    this.period = Args.atLeast(period, 1, "period");
    if (!(oversold > 0 && oversold < 50)) {
      throw new IllegalArgumentException("oversold must be in (0, 50), was " + oversold);
    }
    if (!(overbought > 50 && overbought < 100)) {
      throw new IllegalArgumentException("overbought must be in (50, 100), was " + overbought);
    }
    this.oversold = oversold;
    this.overbought = overbought;
    this.horizonBars = Args.atLeast(horizonBars, 1, "horizonBars");
    this.name = Signal.sourceName("rsi-reversion", period, oversold, overbought);
    this.rsi = new Rsi(period);
  }

  @Override
  public Signal update(String instrument, Bar bar) {
    Signal.checkInstrument(instrument);
    double r = rsi.update(bar.close());
    if (!rsi.isReady()) {
      return Signal.abstain(instrument, bar.timestamp(), horizonBars, name);
    }
    double score = score(r, oversold, overbought);
    return Signal.of(instrument, bar.timestamp(), score, Math.abs(score), horizonBars, name);
  }

  /**
   * The score of an RSI reading.
   *
   * @param rsi the RSI, in {@code [0, 100]}
   * @param oversold the oversold level
   * @param overbought the overbought level
   * @return the score in {@code [-1, 1]}
   */
  private static double score(double rsi, double oversold, double overbought) {
    if (rsi < 50) {
      return Math.min(1.0, (50 - rsi) / (50 - oversold));
    }
    if (rsi > 50) {
      return -Math.min(1.0, (rsi - 50) / (overbought - 50));
    }
    return 0.0;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int warmUp() {
    return rsi.lookback();
  }

  @Override
  public int horizonBars() {
    return horizonBars;
  }

  @Override
  public boolean isReady() {
    return rsi.isReady();
  }

  @Override
  public void reset() {
    rsi.reset();
  }

  /**
   * The RSI period.
   *
   * @return the period
   */
  public int period() {
    return period;
  }

  /**
   * The oversold level, where the score reaches {@code +1}.
   *
   * @return the level
   */
  public double oversold() {
    return oversold;
  }

  /**
   * The overbought level, where the score reaches {@code -1}.
   *
   * @return the level
   */
  public double overbought() {
    return overbought;
  }
}
