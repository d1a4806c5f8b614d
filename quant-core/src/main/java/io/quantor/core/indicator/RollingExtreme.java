package io.quantor.core.indicator;

import java.util.Arrays;

/**
 * Highest (or lowest) of the last {@code window} inputs in O(1) amortized time per input, with branches
 * that do not depend on the data: the van Herk / Gil-Werman block scheme over preallocated arrays.
 *
 * <p>The inputs are cut into blocks of {@code window}. When a block is complete its suffix extremes are
 * computed once ({@code window} steps, one per input of the block); within the current block a running
 * prefix extreme is kept. The window ending at position {@code p} of the current block is the previous
 * block from {@code p+1} on plus the current block up to {@code p}, so its extreme is
 * {@code max(suffix[p+1], prefix)}: two comparisons per input, plus one amortized. A monotonic deque
 * ({@link RollingArgExtreme}) does the same in O(1) amortized too, but its pops mispredict on market data
 * and cost several times more; it is used only where the extreme's age is needed (Aroon).
 *
 * <p>The lowest is tracked as the highest of the negated inputs (negation is exact). Inputs must already
 * have been checked finite. Not thread-safe.
 */
final class RollingExtreme {

  private final int window;
  private final double sign;
  private final double[] block;
  private final double[] suffix;
  private int pos;
  private double prefix = Double.NEGATIVE_INFINITY;
  private double extreme = Double.NaN;

  private RollingExtreme(int window, double sign) {
    this.window = window;
    this.sign = sign;
    this.block = new double[window];
    // suffix[i]: extreme of the previous block's positions i..window-1; suffix[window] stays -infinity.
    this.suffix = new double[window + 1];
    Arrays.fill(suffix, Double.NEGATIVE_INFINITY);
  }

  /**
   * Tracks the highest input.
   *
   * @param window the number of most recent inputs considered, {@code >= 1} (checked by the caller)
   * @return a new tracker
   */
  static RollingExtreme highest(int window) {
    return new RollingExtreme(window, 1.0);
  }

  /**
   * Tracks the lowest input.
   *
   * @param window the number of most recent inputs considered, {@code >= 1} (checked by the caller)
   * @return a new tracker
   */
  static RollingExtreme lowest(int window) {
    return new RollingExtreme(window, -1.0);
  }

  /**
   * Adds the next input; the input {@code window} positions back leaves the window.
   *
   * @param x the input, finite
   */
  void add(double x) {
    double v = sign * x;
    block[pos] = v;
    prefix = Math.max(prefix, v);
    extreme = Math.max(suffix[pos + 1], prefix);
    if (++pos == window) {
      double m = Double.NEGATIVE_INFINITY;
      for (int i = window - 1; i >= 0; i--) {
        m = Math.max(m, block[i]);
        suffix[i] = m;
      }
      pos = 0;
      prefix = Double.NEGATIVE_INFINITY;
    }
  }

  /**
   * The extreme of the inputs in the window (of all inputs so far while fewer than {@code window}).
   *
   * @return the highest (or lowest) input; {@code NaN} before the first {@link #add}
   */
  double extreme() {
    return sign * extreme;
  }

  /** Forgets every input. */
  void reset() {
    pos = 0;
    prefix = Double.NEGATIVE_INFINITY;
    extreme = Double.NaN;
    Arrays.fill(suffix, Double.NEGATIVE_INFINITY);
  }
}
