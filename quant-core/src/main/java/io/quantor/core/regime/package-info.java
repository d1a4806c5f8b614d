/**
 * Market regimes: the trend regime (bull, bear, sideways) from a fast against a slow simple moving
 * average with a neutral band, the volatility regime (low, normal, high) from the percentile rank of
 * realized volatility within a trailing window, the trend strength from ADX, and confidence multipliers
 * per trend regime.
 *
 * <pre>{@code
 * RegimeMultipliers m = RegimeMultipliers.defaults();
 * double confidence = 0.8 * m.multiplier(TrendRegime.SIDEWAYS); // 0.56
 * }</pre>
 */
package io.quantor.core.regime;
