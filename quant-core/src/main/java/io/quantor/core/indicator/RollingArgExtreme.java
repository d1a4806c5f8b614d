package io.quantor.core.indicator;

/**
 * Highest (or lowest) of the last {@code window} inputs and how many inputs ago it came, in O(1) amortized
 * time per input: a monotonic deque of candidate values and their sequence numbers, held in two
 * preallocated ring arrays.
 *
 * <p>Each input enters once and leaves at most once, so a run of {@code m} inputs costs O(m) whatever the
 * window. On ties the most recent input is kept (TA-Lib's AROON rule). The lowest is tracked as the
 * highest of the negated inputs (negation is exact). Where only the extreme's value is needed,
 * {@link RollingExtreme} is several times faster (its branches do not depend on the data).
 *
 * <p>Inputs must already have been checked finite. Not thread-safe.
 */
final class RollingArgExtreme {

  private final int window;
  private final double sign;
  private final double[] values;
  private final long[] seqs;
  private int head;
  private int size;
  private long count;

  private RollingArgExtreme(int window, double sign) {
    this.window = window;
    this.sign = sign;
    this.values = new double[window];
    this.seqs = new long[window];
  }

  /**
   * Tracks the highest input.
   *
   * @param window the number of most recent inputs considered, {@code >= 1} (checked by the caller)
   * @return a new tracker
   */
  static RollingArgExtreme highest(int window) {
    return new RollingArgExtreme(window, 1.0);
  }

  /**
   * Tracks the lowest input.
   *
   * @param window the number of most recent inputs considered, {@code >= 1} (checked by the caller)
   * @return a new tracker
   */
  static RollingArgExtreme lowest(int window) {
    return new RollingArgExtreme(window, -1.0);
  }

  /**
   * Adds the next input; the input {@code window} positions back leaves the window.
   *
   * @param x the input, finite
   */
  void add(double x) {
    double v = sign * x;
    // Sequence numbers are consecutive, so at most the front can have left the window.
    if (size > 0 && seqs[head] <= count - window) {
      if (++head == window) {
        head = 0;
      }
      size--;
    }
    int back = head + size - 1;
    if (back >= window) {
      back -= window;
    }
    // '<=' drops older equal values: the most recent of equal extremes wins.
    while (size > 0 && values[back] <= v) {
      size--;
      if (--back < 0) {
        back = window - 1;
      }
    }
    int slot = head + size;
    if (slot >= window) {
      slot -= window;
    }
    values[slot] = v;
    seqs[slot] = count;
    size++;
    count++;
  }

  /**
   * The extreme of the inputs in the window.
   *
   * @return the highest (or lowest) input; meaningless before the first {@link #add}
   */
  double extreme() {
    return sign * values[head];
  }

  /**
   * How many inputs ago the extreme was added.
   *
   * @return 0 if the latest input is the extreme, up to {@code window - 1}
   */
  int age() {
    return (int) (count - 1 - seqs[head]);
  }

  /** Forgets every input. */
  void reset() {
    head = 0;
    size = 0;
    count = 0;
  }
}
