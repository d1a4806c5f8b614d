package io.quantor.core.regime;

import io.quantor.core.analytics.RealizedVolatility;
import io.quantor.core.indicator.Indicators;
import io.quantor.core.internal.Args;
import io.quantor.core.series.Bar;
import io.quantor.core.series.BarSeries;
import java.util.Locale;

/**
 * Streaming market-regime classification, one bar per update: the trend direction
 * ({@link TrendClassifier}), the volatility level ({@link VolatilityClassifier}) and the trend strength
 * ({@link TrendStrengthClassifier}), with the parameters of a {@link RegimeConfig}.
 *
 * <p><b>Warm-up.</b> Each part becomes known after its own lookback (defaults: trend at bar 49, strength at
 * bar 27, volatility at bar 272, 0-based); until then its accessor returns {@code null} (numbers:
 * {@code NaN}), and {@link #isTrendReady()}, {@link #isVolatilityReady()}, {@link #isStrengthReady()} say
 * which parts are known. {@link #regime()} and the value {@link #update(double, double, double, double)}
 * returns are {@code null} until all three are ({@link #isReady()}, from bar {@link #lookback()} on).
 *
 * <p><b>Cost.</b> Preallocated; an update allocates nothing (regimes are shared instances, see
 * {@link MarketRegime#of}) and is O(1) except the volatility rank, O({@code percentileWindow}).
 *
 * <p><b>Batch.</b> {@link #classify(BarSeries, RegimeConfig)} computes the same figures from the batch
 * indicators ({@link Indicators#sma}, {@link RealizedVolatility#estimate}, {@link Indicators#adx}) and
 * a direct rank over the volatility array, and agrees with the streaming form bar for bar.
 *
 * <pre>{@code
 * RegimeClassifier regimes = new RegimeClassifier(RegimeConfig.defaults());
 * for (int i = 0; i < series.size(); i++) {
 *   MarketRegime r = regimes.update(series, i);                      // null during warm-up
 *   double m = regimes.multiplier(RegimeMultipliers.defaults());     // NaN until the trend is known
 * }
 * RegimeHistory history = RegimeClassifier.classify(series, RegimeConfig.defaults());
 * }</pre>
 */
public final class RegimeClassifier {

  private final RegimeConfig config;
  private final TrendClassifier trend;
  private final VolatilityClassifier volatility;
  private final TrendStrengthClassifier strength;
  private MarketRegime regime;

  /**
   * Creates the classifier.
   *
   * @param config the parameters
   * @throws IllegalArgumentException if {@code config} is null
   */
  public RegimeClassifier(RegimeConfig config) {
    this.config = Args.notNull(config, "config");
    this.trend = new TrendClassifier(config.fastPeriod(), config.slowPeriod(), config.band());
    this.volatility = new VolatilityClassifier(config.estimator(), config.volatilityWindow(),
        config.percentileWindow(), config.lowPercentile(), config.highPercentile());
    this.strength = new TrendStrengthClassifier(config.adxPeriod(), config.weakAdx(), config.strongAdx());
  }

  /**
   * Feeds the next bar.
   *
   * @param open the open, finite and {@code > 0}
   * @param high the high, finite and {@code > 0}
   * @param low the low, finite and {@code > 0}
   * @param close the close, finite and {@code > 0}
   * @return the regime after this update, {@code null} until every part is known
   * @throws IllegalArgumentException if a price is not finite and {@code > 0} (the state is then
   *     unchanged)
   */
  public MarketRegime update(double open, double high, double low, double close) {
    // Checked up front so that no part is updated when another would reject the bar.
    Args.positive(open, "open");
    Args.positive(high, "high");
    Args.positive(low, "low");
    Args.positive(close, "close");
    TrendRegime t = trend.update(close);
    VolatilityRegime v = volatility.update(open, high, low, close);
    TrendStrength s = strength.update(high, low, close);
    if (t != null && v != null && s != null) {
      regime = MarketRegime.of(t, v, s);
    }
    return regime;
  }

  /**
   * Feeds one bar of a series.
   *
   * @param series the series
   * @param i the bar's index
   * @return the regime after this update, {@code null} until every part is known
   * @throws IllegalArgumentException if a price is not {@code > 0}
   * @throws IndexOutOfBoundsException if {@code i} is out of range
   */
  public MarketRegime update(BarSeries series, int i) {
    return update(series.open(i), series.high(i), series.low(i), series.close(i));
  }

  /**
   * Feeds a bar.
   *
   * @param bar the bar
   * @return the regime after this update, {@code null} until every part is known
   * @throws IllegalArgumentException if a price is not {@code > 0}
   */
  public MarketRegime update(Bar bar) {
    Args.notNull(bar, "bar");
    return update(bar.open(), bar.high(), bar.low(), bar.close());
  }

  /**
   * The latest regime.
   *
   * @return the regime, {@code null} until every part is known
   */
  public MarketRegime regime() {
    return regime;
  }

  /**
   * The latest trend direction.
   *
   * @return the trend regime, {@code null} during the trend's warm-up
   */
  public TrendRegime trend() {
    return trend.regime();
  }

  /**
   * The latest volatility level.
   *
   * @return the volatility regime, {@code null} during the volatility's warm-up
   */
  public VolatilityRegime volatility() {
    return volatility.regime();
  }

  /**
   * The latest trend strength.
   *
   * @return the strength, {@code null} during the ADX's warm-up
   */
  public TrendStrength strength() {
    return strength.strength();
  }

  /**
   * The confidence multiplier of the latest trend direction.
   *
   * @param multipliers the multipliers per trend regime
   * @return the multiplier, {@code NaN} during the trend's warm-up
   * @throws IllegalArgumentException if {@code multipliers} is null
   */
  public double multiplier(RegimeMultipliers multipliers) {
    Args.notNull(multipliers, "multipliers");
    TrendRegime t = trend.regime();
    return t == null ? Double.NaN : multipliers.multiplier(t);
  }

  /**
   * The latest relative spread of the averages, {@code (fast - slow) / slow}.
   *
   * @return the spread, {@code NaN} during the trend's warm-up
   */
  public double trendSpread() {
    return trend.spread();
  }

  /**
   * The latest fast simple moving average of the closes.
   *
   * @return the fast SMA, {@code NaN} during its warm-up
   */
  public double fastAverage() {
    return trend.fast();
  }

  /**
   * The latest slow simple moving average of the closes.
   *
   * @return the slow SMA, {@code NaN} during its warm-up
   */
  public double slowAverage() {
    return trend.slow();
  }

  /**
   * The latest realized volatility, annualized with 252 periods a year.
   *
   * @return the volatility, {@code NaN} during the estimator's warm-up
   */
  public double realizedVolatility() {
    return volatility.volatility();
  }

  /**
   * The latest percentile rank of the realized volatility (see {@link VolatilityClassifier}).
   *
   * @return the rank in [0, 1], {@code NaN} during the volatility's warm-up
   */
  public double volatilityPercentile() {
    return volatility.percentile();
  }

  /**
   * The latest ADX.
   *
   * @return the ADX in [0, 100], {@code NaN} during its warm-up
   */
  public double adx() {
    return strength.adx();
  }

  /**
   * Whether the trend direction is known.
   *
   * @return true from bar {@code config().trendLookback()} on
   */
  public boolean isTrendReady() {
    return trend.isReady();
  }

  /**
   * Whether the volatility level is known.
   *
   * @return true from bar {@code config().volatilityLookback()} on
   */
  public boolean isVolatilityReady() {
    return volatility.isReady();
  }

  /**
   * Whether the trend strength is known.
   *
   * @return true from bar {@code config().strengthLookback()} on
   */
  public boolean isStrengthReady() {
    return strength.isReady();
  }

  /**
   * Whether every part of the regime is known.
   *
   * @return true from bar {@link #lookback()} on
   */
  public boolean isReady() {
    return regime != null;
  }

  /**
   * The number of bars before the first complete regime.
   *
   * @return {@code config().lookback()}
   */
  public int lookback() {
    return config.lookback();
  }

  /** Forgets every bar, as if newly created. */
  public void reset() {
    trend.reset();
    volatility.reset();
    strength.reset();
    regime = null;
  }

  /**
   * The parameters.
   *
   * @return the configuration
   */
  public RegimeConfig config() {
    return config;
  }

  /**
   * Batch form: the regime of every bar of a series.
   *
   * @param series the bars; every price {@code > 0}
   * @param config the parameters
   * @return the regimes and the figures behind them, one per bar
   * @throws IllegalArgumentException if an argument is null or a price is not {@code > 0}
   */
  public static RegimeHistory classify(BarSeries series, RegimeConfig config) {
    Args.notNull(series, "series");
    Args.notNull(config, "config");
    int n = series.size();
    for (int i = 0; i < n; i++) {
      // A series holds finite prices with low <= open, close <= high: low > 0 makes them all positive.
      if (!(series.low(i) > 0)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "series.low(%d) must be > 0, was %s", i, series.low(i)));
      }
    }
    double[] close = series.closes();
    double[] fast = Indicators.sma(close, config.fastPeriod());
    double[] slow = Indicators.sma(close, config.slowPeriod());
    double[] vol = RealizedVolatility.estimate(config.estimator(), series, config.volatilityWindow(),
        RealizedVolatility.DEFAULT_PERIODS_PER_YEAR);
    double[] adx = Indicators.adx(series.highs(), series.lows(), close, config.adxPeriod());
    double[] spread = new double[n];
    double[] percentile = new double[n];
    TrendRegime[] trends = new TrendRegime[n];
    VolatilityRegime[] levels = new VolatilityRegime[n];
    TrendStrength[] strengths = new TrendStrength[n];
    int window = config.percentileWindow();
    int firstRank = config.volatilityLookback();
    for (int i = 0; i < n; i++) {
      spread[i] = Double.NaN;
      percentile[i] = Double.NaN;
      if (i >= config.trendLookback()) {
        spread[i] = (fast[i] - slow[i]) / slow[i];
        trends[i] = TrendClassifier.regimeOf(spread[i], config.band());
      }
      if (i >= firstRank) {
        percentile[i] = VolatilityClassifier.midRank(vol, i - window, i, vol[i]);
        levels[i] = VolatilityClassifier.regimeOf(percentile[i], config.lowPercentile(),
            config.highPercentile());
      }
      if (i >= config.strengthLookback()) {
        strengths[i] = TrendStrengthClassifier.strengthOf(adx[i], config.weakAdx(), config.strongAdx());
      }
    }
    return new RegimeHistory(config, trends, levels, strengths, fast, slow, spread, vol, percentile, adx);
  }
}
