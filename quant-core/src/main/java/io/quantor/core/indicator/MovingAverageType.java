package io.quantor.core.indicator;

/**
 * The moving averages an indicator can be built on, as TA-Lib's {@code TA_MAType} (the first six of its
 * values, in the same order). Each constant makes its streaming indicator.
 *
 * <pre>{@code
 * ValueIndicator ma = MovingAverageType.EMA.create(20);   // an Ema
 * double[] ppo = Indicators.ppo(closes, 12, 26, MovingAverageType.EMA);
 * }</pre>
 */
public enum MovingAverageType {

  /** Simple moving average, {@link Sma}; lookback {@code period - 1}. */
  SMA,
  /** Exponential moving average seeded with a simple average, {@link Ema}; lookback {@code period - 1}. */
  EMA,
  /** Linearly weighted moving average, {@link Wma}; lookback {@code period - 1}. */
  WMA,
  /** Double exponential moving average, {@link Dema}; lookback {@code 2*(period-1)}. */
  DEMA,
  /** Triple exponential moving average, {@link Tema}; lookback {@code 3*(period-1)}. */
  TEMA,
  /** Kaufman adaptive moving average, {@link Kama}; lookback {@code period}, which must be {@code >= 2}. */
  KAMA;

  /**
   * Makes a new streaming moving average of this type.
   *
   * @param period the period, {@code >= 1} ({@code >= 2} for {@link #KAMA})
   * @return a new indicator
   * @throws IllegalArgumentException if the period is invalid for this type
   */
  public ValueIndicator create(int period) {
    return switch (this) {
      case SMA -> new Sma(period);
      case EMA -> new Ema(period);
      case WMA -> new Wma(period);
      case DEMA -> new Dema(period);
      case TEMA -> new Tema(period);
      case KAMA -> new Kama(period);
    };
  }
}
