package io.quantor.core.indicator;

/**
 * An indicator of one number per update, such as a close price or a spread.
 *
 * <pre>{@code
 * ValueIndicator sma = new Sma(20);
 * for (double close : closes) {
 *   double v = sma.update(close);   // NaN for the first 19 closes
 * }
 * }</pre>
 */
public interface ValueIndicator extends Indicator {

  /**
   * Feeds the next input.
   *
   * @param value the next input; must be finite
   * @return {@link #value()} after this update ({@code NaN} during warm-up)
   * @throws IllegalArgumentException if {@code value} is NaN or infinite (the state is then unchanged)
   */
  double update(double value);
}
