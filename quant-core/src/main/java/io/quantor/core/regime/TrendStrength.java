package io.quantor.core.regime;

/**
 * The strength of a trend, whatever its direction, read from the average directional movement index
 * (ADX, Wilder 1978, on its usual 0..100 scale).
 *
 * <p>With thresholds {@code weak <= strong} (defaults 20 and 25, the common reading of Wilder's index):
 * {@code adx < weak} is {@link #WEAK}, {@code weak <= adx < strong} is {@link #MODERATE} and
 * {@code adx >= strong} is {@link #STRONG}.
 */
public enum TrendStrength {
  /** No trend worth the name: ADX below the weak threshold (20 by default). */
  WEAK,
  /** A developing trend: ADX from the weak threshold up to, not including, the strong one. */
  MODERATE,
  /** A trending market: ADX at or above the strong threshold (25 by default). */
  STRONG
}
