/**
 * Market regimes: the trend direction (bull, bear, sideways) from a fast against a slow simple moving
 * average with a neutral band, the volatility level (low, normal, high) from the percentile rank of
 * realized volatility against its trailing history, the trend strength (weak, moderate, strong) from ADX,
 * and confidence multipliers per trend direction.
 *
 * <p>Rules (defaults in brackets; see {@link io.quantor.core.regime.RegimeConfig}):
 * <ul>
 *   <li>Trend: {@code d = (SMA_fast - SMA_slow) / SMA_slow} over the closes [20, 50];
 *   {@code d > band} BULL, {@code d < -band} BEAR, otherwise SIDEWAYS [band 0.005].</li>
 *   <li>Volatility: realized volatility [close to close, 20 returns], its mid-rank {@code p} among the
 *   {@code W} values before it [252]; {@code p < low} LOW, {@code p > high} HIGH, otherwise NORMAL
 *   [0.25, 0.75].</li>
 *   <li>Strength: ADX [14]; {@code adx < weak} WEAK, {@code adx >= strong} STRONG, otherwise MODERATE
 *   [20, 25].</li>
 *   <li>Multipliers: 1.0 BULL, 0.7 SIDEWAYS, 0.5 BEAR ({@link io.quantor.core.regime.RegimeMultipliers}).
 *   </li>
 * </ul>
 *
 * <p>Classifiers stream (one bar per update, preallocated, no allocation per update) and have a batch form
 * that agrees bar for bar. During warm-up a part is {@code null} and {@code isReady()}-style methods say
 * which parts are known; the numbers behind them are {@code NaN}.
 *
 * <pre>{@code
 * RegimeClassifier regimes = new RegimeClassifier(RegimeConfig.defaults());
 * RegimeMultipliers multipliers = RegimeMultipliers.defaults();
 * for (int i = 0; i < series.size(); i++) {
 *   regimes.update(series, i);
 *   if (regimes.isTrendReady()) {
 *     double confidence = rawConfidence * regimes.multiplier(multipliers);  // 0.7x when SIDEWAYS
 *   }
 *   if (regimes.isReady() && regimes.volatility() == VolatilityRegime.HIGH) {
 *     // trade smaller
 *   }
 * }
 * RegimeHistory history = RegimeClassifier.classify(series, RegimeConfig.defaults());
 * TrendRegime t = TrendClassifier.classify(101.2, 100.0, 0.005);              // BULL
 * }</pre>
 */
package io.quantor.core.regime;
