package io.quantor.core.analytics;

/**
 * Mean and sample variance of the last {@code window} values, updated in O(1) without allocation.
 *
 * <p>A sliding Welford update: while filling, the usual one-pass update; then, when {@code x} replaces the
 * oldest value {@code y}, {@code mean' = mean + (x - y)/n} and
 * {@code M2' = M2 + (x - y)((x - mean') + (y - mean))}. This avoids the cancellation of the
 * {@code sum(x^2) - n*mean^2} form. Roundoff can still leave a tiny residue when the window becomes
 * constant, so the state is snapped to exact values when the last {@code window} inputs are all equal
 * (tracked by an exact run-length count): mean = that value, M2 = 0.
 */
final class RollingVariance {

  private final int window;
  private final double[] ring;
  private int next;
  private int count;
  private int equalRun;
  private double last;
  private double mean;
  private double m2;

  RollingVariance(int window) {
    this.window = window;
    this.ring = new double[window];
  }

  void add(double x) {
    if (count < window) {
      count++;
      double d = x - mean;
      mean += d / count;
      m2 += d * (x - mean);
    } else {
      double y = ring[next];
      double d = x - y;
      double newMean = mean + d / window;
      m2 += d * ((x - newMean) + (y - mean));
      mean = newMean;
    }
    ring[next] = x;
    if (++next == window) {
      next = 0;
    }
    if (count > 1 && x == last) {
      if (equalRun < window) {
        equalRun++;
      }
    } else {
      equalRun = 1;
    }
    last = x;
    if (equalRun == window) {
      mean = x;
      m2 = 0;
    }
  }

  boolean isFull() {
    return count == window;
  }

  double mean() {
    return mean;
  }

  /** Sample variance (divisor {@code window - 1}) of a full window, never negative. */
  double sampleVariance() {
    return m2 > 0 ? m2 / (window - 1) : 0.0;
  }

  /** Whether the last {@code window} inputs are all equal (exactly), so the variance is exactly 0. */
  boolean isConstant() {
    return equalRun == window;
  }

  void reset() {
    next = 0;
    count = 0;
    equalRun = 0;
    last = 0;
    mean = 0;
    m2 = 0;
  }
}
