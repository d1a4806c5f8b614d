package io.quantor.backtest.metrics;

/**
 * Means, second moments and co-moment of the last {@code window} pairs {@code (x, y)}, updated in O(1)
 * amortized time without allocation. Mutable and package-private: one instance per rolling computation.
 *
 * <p>While the window fills, Welford's update (Welford 1962) and its co-moment form
 * {@code C += (x - meanX_old)(y - meanY_new)}. Once full, when {@code (x, y)} replaces the oldest pair
 * {@code (u, v)}: {@code meanX' = meanX + (x - u)/w},
 * {@code M2x' = M2x + (x - u)((x - meanX') + (u - meanX))} and
 * {@code C' = C + (x - u)(y - meanY') + (y - v)(u - meanX)}, exact identities that avoid the
 * cancellation of {@code sum(x^2) - w mean^2}. Their rounding accumulates, and is relative to the
 * moment before the step, so the state is recomputed from the ring by the corrected two-pass formula
 * (Chan, Golub and LeVeque 1983) every {@code window} slides and whenever a second moment collapses by
 * more than 1e4 in one step (a large value left the window): O(window) once per window, O(1) amortized.
 * When the last {@code window} values of a series are all equal (an exact run-length count) its mean is
 * set to that value and its second moment to exactly 0.
 */
final class SlidingMoments {

  private final int window;
  private final double[] xs;
  private final double[] ys;
  private int next;
  private int count;
  private int sinceRecompute;
  private int equalRunX;
  private int equalRunY;
  private double meanX;
  private double meanY;
  private double m2x;
  private double m2y;
  private double cxy;

  SlidingMoments(int window) {
    this.window = window;
    this.xs = new double[window];
    this.ys = new double[window];
  }

  void add(double x, double y) {
    boolean collapsed = false;
    if (count < window) {
      count++;
      double dx = x - meanX;
      double dy = y - meanY;
      meanX += dx / count;
      meanY += dy / count;
      m2x += dx * (x - meanX);
      m2y += dy * (y - meanY);
      cxy += dx * (y - meanY);
    } else {
      double u = xs[next];
      double v = ys[next];
      double dx = x - u;
      double dy = y - v;
      double newMeanX = meanX + dx / window;
      double newMeanY = meanY + dy / window;
      double beforeX = m2x;
      double beforeY = m2y;
      m2x += dx * ((x - newMeanX) + (u - meanX));
      m2y += dy * ((y - newMeanY) + (v - meanY));
      cxy += dx * (y - newMeanY) + dy * (u - meanX);
      meanX = newMeanX;
      meanY = newMeanY;
      collapsed = m2x < 1e-4 * beforeX || m2y < 1e-4 * beforeY;
    }
    int previous = next == 0 ? window - 1 : next - 1;
    equalRunX = count > 1 && x == xs[previous] ? Math.min(equalRunX + 1, window) : 1;
    equalRunY = count > 1 && y == ys[previous] ? Math.min(equalRunY + 1, window) : 1;
    xs[next] = x;
    ys[next] = y;
    if (++next == window) {
      next = 0;
    }
    if (count == window && (++sinceRecompute >= window || collapsed)) {
      recompute();
    }
    if (equalRunX == window) {
      meanX = x;
      m2x = 0;
      cxy = 0;
    }
    if (equalRunY == window) {
      meanY = y;
      m2y = 0;
      cxy = 0;
    }
  }

  /** Corrected two-pass means, second moments and co-moment of the full ring. */
  private void recompute() {
    sinceRecompute = 0;
    double mx = CompensatedSum.of(xs) / window;
    double my = CompensatedSum.of(ys) / window;
    CompensatedSum ex = new CompensatedSum();
    CompensatedSum ey = new CompensatedSum();
    CompensatedSum sxx = new CompensatedSum();
    CompensatedSum syy = new CompensatedSum();
    CompensatedSum sxy = new CompensatedSum();
    for (int i = 0; i < window; i++) {
      double dx = xs[i] - mx;
      double dy = ys[i] - my;
      ex.add(dx);
      ey.add(dy);
      sxx.add(dx * dx);
      syy.add(dy * dy);
      sxy.add(dx * dy);
    }
    double cx = ex.value();
    double cy = ey.value();
    meanX = mx + cx / window;
    meanY = my + cy / window;
    m2x = sxx.value() - cx * cx / window;
    m2y = syy.value() - cy * cy / window;
    cxy = sxy.value() - cx * cy / window;
  }

  boolean isFull() {
    return count == window;
  }

  double meanX() {
    return meanX;
  }

  /** Sum of squared deviations of x, never negative. */
  double m2x() {
    return Math.max(m2x, 0);
  }

  /** Sum of squared deviations of y, never negative. */
  double m2y() {
    return Math.max(m2y, 0);
  }

  /** Sum of products of deviations. */
  double cxy() {
    return cxy;
  }
}
