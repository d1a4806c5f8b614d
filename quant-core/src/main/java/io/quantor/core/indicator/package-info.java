/**
 * Streaming technical indicators that match TA-Lib (and R's TTR where TA-Lib has no such function), and
 * the {@link io.quantor.core.indicator.Indicators} batch facade.
 *
 * <p>Every indicator exists in two forms. The streaming form is a small mutable object updated in O(1)
 * with no allocation per update; the batch form takes arrays and runs the streaming form, so the two agree
 * exactly. Warm-up values are {@code NaN}; {@code lookback()} says how many, and equals TA-Lib's.
 *
 * <pre>{@code
 * Rsi rsi = new Rsi(14);
 * for (int i = 0; i < series.size(); i++) {
 *   rsi.update(series.close(i));
 *   if (rsi.isReady() && rsi.value() < 30) {
 *     // oversold
 *   }
 * }
 * double[] ema = Indicators.ema(series.closes(), 20);
 * }</pre>
 */
package io.quantor.core.indicator;
