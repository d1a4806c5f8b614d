package io.quantor.core.regime;

/**
 * The direction of the market's trend, read from a fast simple moving average against a slow one.
 *
 * <p>With {@code d = (fast - slow) / slow} and a neutral band {@code b >= 0} (default 0.005, 0.5 %):
 * {@code d > b} is {@link #BULL}, {@code d < -b} is {@link #BEAR} and {@code -b <= d <= b} is
 * {@link #SIDEWAYS}. The edges of the band belong to {@link #SIDEWAYS}.
 */
public enum TrendRegime {
  /** The fast average is above the slow one by more than the band. */
  BULL,
  /** The fast average is below the slow one by more than the band. */
  BEAR,
  /** The two averages are within the band of each other. */
  SIDEWAYS
}
