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
 *
 * <p>The sliding update's rounding accumulates, by about eps·|x|·|x - y| a step: over a long stream whose
 * level dwarfs its deviations, the relative error of M2 would grow without bound. So every {@code window}
 * sliding updates the mean and M2 are recomputed exactly from the ring, two-pass (O(window) once per
 * window: still O(1) amortized), which bounds the error to that of one window. The update's rounding is
 * also relative to the M2 before it, so when M2 collapses (a large value leaves the window, M2 falls by
 * more than 1e4) it is recomputed at once.
 */
final class RollingVariance {

  private final int window;
  private final double[] ring;
  private int next;
  private int count;
  private int equalRun;
  private int sinceRecompute;
  private boolean collapsed;
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
      double before = m2;
      m2 += d * ((x - newMean) + (y - mean));
      mean = newMean;
      // The update's rounding is relative to the old M2: when a large value leaves and M2 collapses,
      // the relative error of the new M2 grows by the ratio, so recompute it exactly then.
      collapsed = m2 < 1e-4 * before;
    }
    ring[next] = x;
    if (++next == window) {
      next = 0;
    }
    if (count == window && (++sinceRecompute >= window || collapsed)) {
      recompute();
    }
    collapsed = false;
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

  /** Two-pass mean and M2 of the full ring, replacing the running values. */
  private void recompute() {
    sinceRecompute = 0;
    double sum = 0;
    for (double v : ring) {
      sum += v;
    }
    double m = sum / window;
    double ss = 0;
    double correction = 0;
    for (double v : ring) {
      double dv = v - m;
      ss += dv * dv;
      correction += dv;
    }
    // Corrected two-pass (Chan, Golub and LeVeque 1983): removes the rounding left in the mean.
    mean = m + correction / window;
    m2 = ss - correction * correction / window;
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
    sinceRecompute = 0;
    last = 0;
    mean = 0;
    m2 = 0;
  }
}
