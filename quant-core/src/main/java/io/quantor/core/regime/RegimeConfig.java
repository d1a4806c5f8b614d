package io.quantor.core.regime;

import io.quantor.core.analytics.VolatilityEstimator;
import io.quantor.core.internal.Args;
import java.util.Locale;

/**
 * The parameters of a {@link RegimeClassifier}. Immutable; start from {@link #defaults()} and change a
 * group of parameters with the {@code with...} methods.
 *
 * <p>Defaults: trend from SMA(20) against SMA(50) with a neutral band of 0.005 (0.5 %); volatility from
 * close-to-close realized volatility over 20 returns, ranked against the 252 values before it, LOW below
 * the percentile 0.25 and HIGH above 0.75; trend strength from ADX(14), WEAK below 20, STRONG from 25.
 * See {@link TrendClassifier}, {@link VolatilityClassifier} and {@link TrendStrengthClassifier} for the
 * rules.
 *
 * @param fastPeriod the period of the fast simple moving average, {@code >= 1}
 * @param slowPeriod the period of the slow simple moving average, {@code > fastPeriod}
 * @param band the neutral band as a fraction of the slow average, finite and {@code >= 0}
 * @param estimator the realized-volatility estimator
 * @param volatilityWindow the window of the realized volatility, {@code >= estimator.minWindow()}
 * @param percentileWindow the number of earlier realized volatilities the current one is ranked
 *     against, {@code >= 1}
 * @param lowPercentile the percentile rank below which volatility is LOW, in [0, 1]
 * @param highPercentile the percentile rank above which volatility is HIGH, in
 *     [{@code lowPercentile}, 1]
 * @param adxPeriod the ADX period, {@code >= 1}
 * @param weakAdx the ADX below which a trend is WEAK, in [0, 100]
 * @param strongAdx the ADX from which a trend is STRONG, in [{@code weakAdx}, 100]
 */
public record RegimeConfig(int fastPeriod, int slowPeriod, double band, VolatilityEstimator estimator,
    int volatilityWindow, int percentileWindow, double lowPercentile, double highPercentile, int adxPeriod,
    double weakAdx, double strongAdx) {

  /** The default fast SMA period: {@value}. */
  public static final int DEFAULT_FAST_PERIOD = 20;
  /** The default slow SMA period: {@value}. */
  public static final int DEFAULT_SLOW_PERIOD = 50;
  /** The default neutral band: {@value} (0.5 % of the slow average). */
  public static final double DEFAULT_BAND = 0.005;
  /** The default realized-volatility window: {@value} returns. */
  public static final int DEFAULT_VOLATILITY_WINDOW = 20;
  /** The default percentile window: {@value} earlier volatilities (a year of daily bars). */
  public static final int DEFAULT_PERCENTILE_WINDOW = 252;
  /** The default LOW volatility threshold: {@value}. */
  public static final double DEFAULT_LOW_PERCENTILE = 0.25;
  /** The default HIGH volatility threshold: {@value}. */
  public static final double DEFAULT_HIGH_PERCENTILE = 0.75;
  /** The default ADX period: {@value}. */
  public static final int DEFAULT_ADX_PERIOD = 14;
  /** The default WEAK/MODERATE ADX threshold: {@value}. */
  public static final double DEFAULT_WEAK_ADX = 20;
  /** The default MODERATE/STRONG ADX threshold: {@value}. */
  public static final double DEFAULT_STRONG_ADX = 25;

  private static final RegimeConfig DEFAULTS = new RegimeConfig(DEFAULT_FAST_PERIOD, DEFAULT_SLOW_PERIOD,
      DEFAULT_BAND, VolatilityEstimator.CLOSE_TO_CLOSE, DEFAULT_VOLATILITY_WINDOW, DEFAULT_PERCENTILE_WINDOW,
      DEFAULT_LOW_PERCENTILE, DEFAULT_HIGH_PERCENTILE, DEFAULT_ADX_PERIOD, DEFAULT_WEAK_ADX,
      DEFAULT_STRONG_ADX);

  /**
   * Validates the parameters.
   *
   * @param fastPeriod the fast SMA period, {@code >= 1}
   * @param slowPeriod the slow SMA period, {@code > fastPeriod}
   * @param band the neutral band, finite and {@code >= 0}
   * @param estimator the realized-volatility estimator, not null
   * @param volatilityWindow the realized-volatility window, {@code >= estimator.minWindow()}
   * @param percentileWindow the percentile window, {@code >= 1}
   * @param lowPercentile the LOW threshold, in [0, 1]
   * @param highPercentile the HIGH threshold, in [{@code lowPercentile}, 1]
   * @param adxPeriod the ADX period, {@code >= 1}
   * @param weakAdx the WEAK threshold, in [0, 100]
   * @param strongAdx the STRONG threshold, in [{@code weakAdx}, 100]
   * @throws IllegalArgumentException if a parameter is out of range
   */
  public RegimeConfig {
    checkTrend(fastPeriod, slowPeriod, band);
    checkVolatility(estimator, volatilityWindow, percentileWindow, lowPercentile, highPercentile);
    checkStrength(adxPeriod, weakAdx, strongAdx);
  }

  static void checkTrend(int fastPeriod, int slowPeriod, double band) {
    Args.atLeast(fastPeriod, 1, "fastPeriod");
    if (slowPeriod <= fastPeriod) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "slowPeriod must be > fastPeriod (%d), was %d", fastPeriod, slowPeriod));
    }
    Args.finite(Args.atLeast(band, 0.0, "band"), "band");
  }

  static void checkVolatility(VolatilityEstimator estimator, int volatilityWindow, int percentileWindow,
      double lowPercentile, double highPercentile) {
    Args.notNull(estimator, "estimator");
    Args.atLeast(volatilityWindow, estimator.minWindow(), "volatilityWindow");
    Args.atLeast(percentileWindow, 1, "percentileWindow");
    if ((long) estimator.lookback(volatilityWindow) + percentileWindow > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "volatilityWindow + percentileWindow must fit an int, was %d + %d", volatilityWindow,
          percentileWindow));
    }
    Args.inRange(lowPercentile, 0.0, 1.0, "lowPercentile");
    Args.inRange(highPercentile, lowPercentile, 1.0, "highPercentile");
  }

  static void checkStrength(int adxPeriod, double weakAdx, double strongAdx) {
    // 2 * adxPeriod - 1 must stay an int (Adx's own limit).
    Args.inRange(adxPeriod, 1, 1 << 30, "adxPeriod");
    Args.inRange(weakAdx, 0.0, 100.0, "weakAdx");
    Args.inRange(strongAdx, weakAdx, 100.0, "strongAdx");
  }

  /**
   * The defaults: SMA(20)/SMA(50) with band 0.005; close-to-close volatility over 20 returns ranked
   * against 252, thresholds 0.25 and 0.75; ADX(14) with thresholds 20 and 25.
   *
   * @return the default configuration
   */
  public static RegimeConfig defaults() {
    return DEFAULTS;
  }

  /**
   * This configuration with other trend parameters.
   *
   * @param fastPeriod the fast SMA period, {@code >= 1}
   * @param slowPeriod the slow SMA period, {@code > fastPeriod}
   * @param band the neutral band, finite and {@code >= 0}
   * @return the new configuration
   * @throws IllegalArgumentException if a parameter is out of range
   */
  public RegimeConfig withTrend(int fastPeriod, int slowPeriod, double band) {
    return new RegimeConfig(fastPeriod, slowPeriod, band, estimator, volatilityWindow, percentileWindow,
        lowPercentile, highPercentile, adxPeriod, weakAdx, strongAdx);
  }

  /**
   * This configuration with another realized-volatility estimator and windows.
   *
   * @param estimator the estimator
   * @param volatilityWindow the realized-volatility window, {@code >= estimator.minWindow()}
   * @param percentileWindow the percentile window, {@code >= 1}
   * @return the new configuration
   * @throws IllegalArgumentException if a parameter is out of range
   */
  public RegimeConfig withVolatility(VolatilityEstimator estimator, int volatilityWindow,
      int percentileWindow) {
    return new RegimeConfig(fastPeriod, slowPeriod, band, estimator, volatilityWindow, percentileWindow,
        lowPercentile, highPercentile, adxPeriod, weakAdx, strongAdx);
  }

  /**
   * This configuration with other volatility thresholds.
   *
   * @param lowPercentile the LOW threshold, in [0, 1]
   * @param highPercentile the HIGH threshold, in [{@code lowPercentile}, 1]
   * @return the new configuration
   * @throws IllegalArgumentException if a threshold is out of range
   */
  public RegimeConfig withVolatilityThresholds(double lowPercentile, double highPercentile) {
    return new RegimeConfig(fastPeriod, slowPeriod, band, estimator, volatilityWindow, percentileWindow,
        lowPercentile, highPercentile, adxPeriod, weakAdx, strongAdx);
  }

  /**
   * This configuration with other trend-strength parameters.
   *
   * @param adxPeriod the ADX period, {@code >= 1}
   * @param weakAdx the WEAK threshold, in [0, 100]
   * @param strongAdx the STRONG threshold, in [{@code weakAdx}, 100]
   * @return the new configuration
   * @throws IllegalArgumentException if a parameter is out of range
   */
  public RegimeConfig withStrength(int adxPeriod, double weakAdx, double strongAdx) {
    return new RegimeConfig(fastPeriod, slowPeriod, band, estimator, volatilityWindow, percentileWindow,
        lowPercentile, highPercentile, adxPeriod, weakAdx, strongAdx);
  }

  /**
   * The number of bars before the trend regime is known: {@code slowPeriod - 1}.
   *
   * @return the trend lookback
   */
  public int trendLookback() {
    return slowPeriod - 1;
  }

  /**
   * The number of bars before the volatility regime is known: the estimator's lookback plus
   * {@code percentileWindow} (272 by default).
   *
   * @return the volatility lookback
   */
  public int volatilityLookback() {
    return estimator.lookback(volatilityWindow) + percentileWindow;
  }

  /**
   * The number of bars before the trend strength is known: {@code 2 * adxPeriod - 1}.
   *
   * @return the strength lookback
   */
  public int strengthLookback() {
    return 2 * adxPeriod - 1;
  }

  /**
   * The number of bars before every part of the regime is known: the largest of the three lookbacks.
   *
   * @return the lookback
   */
  public int lookback() {
    return Math.max(trendLookback(), Math.max(volatilityLookback(), strengthLookback()));
  }
}
