package io.quantor.core.indicator;

/**
 * The last {@code capacity} inputs of a rolling window, in a preallocated circular array.
 *
 * <p>{@link #push} is O(1) and allocation-free; the index wraps with a compare, not {@code %}. Used by the
 * windowed indicators that need the input leaving the window (WMA, KAMA, ROC, momentum, standard deviation,
 * linear regression).
 */
final class DoubleRing {

  private final double[] data;
  private int next;
  private int size;

  /**
   * Creates an empty ring.
   *
   * @param capacity the window length, {@code >= 1} (checked by the owning indicator)
   */
  DoubleRing(int capacity) {
    this.data = new double[capacity];
  }

  /**
   * Appends {@code x}, evicting the oldest input once the ring is full.
   *
   * @param x the new input
   * @return the evicted input (the one {@code capacity} pushes older than {@code x}), or {@code NaN} if the
   *     ring was not yet full
   */
  double push(double x) {
    double evicted = size == data.length ? data[next] : Double.NaN;
    data[next] = x;
    if (++next == data.length) {
      next = 0;
    }
    if (size < data.length) {
      size++;
    }
    return evicted;
  }

  /**
   * The oldest input held.
   *
   * @return the oldest input; undefined when empty
   */
  double oldest() {
    return size == data.length ? data[next] : data[0];
  }

  /**
   * Whether {@code capacity} inputs are held.
   *
   * @return true when full
   */
  boolean isFull() {
    return size == data.length;
  }

  /** Empties the ring. */
  void clear() {
    next = 0;
    size = 0;
  }
}
