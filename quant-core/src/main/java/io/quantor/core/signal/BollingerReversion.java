package io.quantor.core.signal;

import io.quantor.core.indicator.BollingerBands;
import io.quantor.core.internal.Args;
import io.quantor.core.series.Bar;

/**
 * Bollinger mean reversion: buy at the lower band, sell at the upper band.
 *
 * <p>On the close's {@link BollingerBands} (SMA middle band, population standard deviation, TA-Lib's
 * {@code BBANDS}), the position of the close within the bands is
 * {@code d = (close - middle) / (upper - middle)}, {@code -1} at the lower band and {@code +1} at the upper
 * one ({@code d = 2 %b - 1}), and
 * <pre>
 *   score = -clamp(d, -1, 1),   0 when the bands have zero width
 * </pre>
 * so the score is {@code +1} at and below the lower band and {@code -1} at and above the upper band.
 * Confidence {@code |score|}. Warm-up {@code period - 1}. Defaults: 20 bars, 2 standard deviations
 * (Bollinger), horizon 1 bar.
 */
public final class BollingerReversion implements AlphaModel {

  private final int period;
  private final double deviations;
  private final int horizonBars;
  private final String name;
  private final BollingerBands bands;

  /** The model with 20 bars, 2 standard deviations, horizon 1. */
  public BollingerReversion() {
    this(20, 2.0, 1);
  }

  /**
   * Creates the model.
   *
   * @param period the window, {@code >= 2}
   * @param deviations the band width in standard deviations; finite, {@code > 0}
   * @param horizonBars the signals' horizon, {@code >= 1}
   * @throws IllegalArgumentException if an argument is out of range
   */
  public BollingerReversion(int period, double deviations, int horizonBars) {
    this.period = Args.atLeast(period, 2, "period");
    this.deviations = Args.positive(deviations, "deviations");
    this.horizonBars = Args.atLeast(horizonBars, 1, "horizonBars");
    this.name = Signal.sourceName("bollinger-reversion", period, deviations);
    this.bands = new BollingerBands(period, deviations, deviations);
  }

  @Override
  public Signal update(String instrument, Bar bar) {
    Signal.checkInstrument(instrument);
    double close = bar.close();
    double middle = bands.update(close);
    if (!bands.isReady()) {
      return Signal.abstain(instrument, bar.timestamp(), horizonBars, name);
    }
    double halfWidth = bands.upper() - middle;
    double score = halfWidth > 0 ? -Math.max(-1.0, Math.min(1.0, (close - middle) / halfWidth)) : 0.0;
    return Signal.of(instrument, bar.timestamp(), score, Math.abs(score), horizonBars, name);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int warmUp() {
    return bands.lookback();
  }

  @Override
  public int horizonBars() {
    return horizonBars;
  }

  @Override
  public boolean isReady() {
    return bands.isReady();
  }

  @Override
  public void reset() {
    bands.reset();
  }

  /**
   * The window.
   *
   * @return the period
   */
  public int period() {
    return period;
  }

  /**
   * The band width in standard deviations.
   *
   * @return the deviations
   */
  public double deviations() {
    return deviations;
  }
}
