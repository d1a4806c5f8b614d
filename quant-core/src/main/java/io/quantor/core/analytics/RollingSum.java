package io.quantor.core.analytics;

/**
 * Sum of the last {@code window} values, updated in O(1) without allocation.
 *
 * <p>A running sum ({@code S += x - oldest}). When every value in the window is exactly zero the sum is
 * set to exactly 0 (tracked by an exact count of non-zero values), so a flat stretch gives 0 rather than
 * the roundoff left over from earlier values.
 */
final class RollingSum {

  private final int window;
  private final double[] ring;
  private int next;
  private int count;
  private int nonZero;
  private double sum;

  RollingSum(int window) {
    this.window = window;
    this.ring = new double[window];
  }

  void add(double x) {
    if (count < window) {
      count++;
      sum += x;
    } else {
      double y = ring[next];
      sum = sum + x - y;
      if (y != 0) {
        nonZero--;
      }
    }
    if (x != 0) {
      nonZero++;
    }
    if (nonZero == 0) {
      sum = 0;
    }
    ring[next] = x;
    if (++next == window) {
      next = 0;
    }
  }

  boolean isFull() {
    return count == window;
  }

  double sum() {
    return sum;
  }

  void reset() {
    next = 0;
    count = 0;
    nonZero = 0;
    sum = 0;
  }
}
