package io.quantor.core.regime;

/**
 * The level of realized volatility against its own recent history.
 *
 * <p>With {@code p} the percentile rank in [0, 1] of the current realized volatility within its trailing
 * window and thresholds {@code low < high} (defaults 0.25 and 0.75): {@code p < low} is {@link #LOW},
 * {@code p > high} is {@link #HIGH} and {@code low <= p <= high} is {@link #NORMAL}.
 */
public enum VolatilityRegime {
  /** Realized volatility in the lower tail of its recent history. */
  LOW,
  /** Realized volatility in the middle of its recent history. */
  NORMAL,
  /** Realized volatility in the upper tail of its recent history. */
  HIGH
}
