package io.quantor.core.regime;

import java.util.Objects;

/**
 * The regimes of every bar of a series and the figures behind them, from
 * {@link RegimeClassifier#classify(io.quantor.core.series.BarSeries, RegimeConfig)}. Immutable: built from
 * arrays no one else holds, and read by index.
 *
 * <p>During a part's warm-up its enum is {@code null} and its numbers {@code NaN}, exactly as the
 * streaming {@link RegimeClassifier} reports them after the same bar.
 */
public final class RegimeHistory {

  private final RegimeConfig config;
  private final TrendRegime[] trend;
  private final VolatilityRegime[] volatility;
  private final TrendStrength[] strength;
  private final double[] fast;
  private final double[] slow;
  private final double[] spread;
  private final double[] realizedVolatility;
  private final double[] percentile;
  private final double[] adx;

  RegimeHistory(RegimeConfig config, TrendRegime[] trend, VolatilityRegime[] volatility,
      TrendStrength[] strength, double[] fast, double[] slow, double[] spread, double[] realizedVolatility,
      double[] percentile, double[] adx) {
    this.config = config;
    this.trend = trend;
    this.volatility = volatility;
    this.strength = strength;
    this.fast = fast;
    this.slow = slow;
    this.spread = spread;
    this.realizedVolatility = realizedVolatility;
    this.percentile = percentile;
    this.adx = adx;
  }

  /**
   * The parameters the regimes were classified with.
   *
   * @return the configuration
   */
  public RegimeConfig config() {
    return config;
  }

  /**
   * The number of bars.
   *
   * @return the size of the classified series
   */
  public int size() {
    return trend.length;
  }

  /**
   * The complete regime of a bar.
   *
   * @param i the bar's index
   * @return the regime, {@code null} if a part is still warming up
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public MarketRegime regime(int i) {
    Objects.checkIndex(i, size());
    if (trend[i] == null || volatility[i] == null || strength[i] == null) {
      return null;
    }
    return MarketRegime.of(trend[i], volatility[i], strength[i]);
  }

  /**
   * The trend direction of a bar.
   *
   * @param i the bar's index
   * @return the trend regime, {@code null} before bar {@code config().trendLookback()}
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public TrendRegime trend(int i) {
    return trend[i];
  }

  /**
   * The volatility level of a bar.
   *
   * @param i the bar's index
   * @return the volatility regime, {@code null} before bar {@code config().volatilityLookback()}
   */
  public VolatilityRegime volatility(int i) {
    return volatility[i];
  }

  /**
   * The trend strength of a bar.
   *
   * @param i the bar's index
   * @return the strength, {@code null} before bar {@code config().strengthLookback()}
   */
  public TrendStrength strength(int i) {
    return strength[i];
  }

  /**
   * The fast simple moving average at a bar.
   *
   * @param i the bar's index
   * @return the fast SMA, {@code NaN} during its warm-up
   */
  public double fastAverage(int i) {
    return fast[i];
  }

  /**
   * The slow simple moving average at a bar.
   *
   * @param i the bar's index
   * @return the slow SMA, {@code NaN} during its warm-up
   */
  public double slowAverage(int i) {
    return slow[i];
  }

  /**
   * The relative spread {@code (fast - slow) / slow} at a bar.
   *
   * @param i the bar's index
   * @return the spread, {@code NaN} during the trend's warm-up
   */
  public double trendSpread(int i) {
    return spread[i];
  }

  /**
   * The annualized realized volatility at a bar.
   *
   * @param i the bar's index
   * @return the volatility, {@code NaN} during the estimator's warm-up
   */
  public double realizedVolatility(int i) {
    return realizedVolatility[i];
  }

  /**
   * The percentile rank of the realized volatility at a bar.
   *
   * @param i the bar's index
   * @return the rank in [0, 1], {@code NaN} during the volatility's warm-up
   */
  public double volatilityPercentile(int i) {
    return percentile[i];
  }

  /**
   * The ADX at a bar.
   *
   * @param i the bar's index
   * @return the ADX in [0, 100], {@code NaN} during its warm-up
   */
  public double adx(int i) {
    return adx[i];
  }
}
