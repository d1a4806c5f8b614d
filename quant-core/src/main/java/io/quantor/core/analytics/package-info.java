/**
 * Market analytics on price and volatility series: realized-volatility estimators, implied-volatility
 * rank and percentile, the rolling z-score of a spread, overnight gaps with gap-fill detection, and
 * feature drift (PSI, KL divergence).
 *
 * <p>Rolling measures follow the indicator contract of {@link io.quantor.core.indicator}: a streaming
 * class updated in O(1) (IV percentile: O(window)) without allocation, {@code NaN} during its
 * {@code lookback()}, and a static batch method that runs the streaming class, so the two agree exactly.
 * Volatilities are annualized fractions (periods per year a parameter, 252 by default); ranks,
 * percentiles, fill rates and shares are fractions in [0, 1]. Invalid input raises
 * {@link java.lang.IllegalArgumentException} naming the parameter and the value.
 *
 * <pre>{@code
 * RealizedVolatility yz = new RealizedVolatility(VolatilityEstimator.YANG_ZHANG, 20);
 * IvRank ivRank = new IvRank(252);
 * SpreadZScore z = new SpreadZScore(0.8, 60);
 * for (int i = 0; i < spy.size(); i++) {
 *   double vol = yz.update(spy, i);
 *   double rank = ivRank.update(vixClose[i] / 100);
 *   double score = z.update(spy.close(i), qqq.close(i));
 * }
 * GapAnalysis gaps = OvernightGaps.analyze(spy, 0.005, 3);
 * DriftResult psi = FeatureDrift.psi(trainingReturns, recentReturns);
 * }</pre>
 */
package io.quantor.core.analytics;
