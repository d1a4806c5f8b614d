package io.quantor.backtest.metrics;

import io.quantor.core.internal.CompensatedSum;

/**
 * Means, second moments and co-moment of the last {@code window} pairs {@code (x, y)}, updated in O(1)
 * amortized time without allocation. Mutable and package-private: one instance per rolling computation.
 *
 * <p><b>Update.</b> Values are taken relative to a shift {@code K} (the window's mean at the last exact
 * recomputation), so the rounding of an update scales with the deviations, not with the level (a window
 * of returns {@code 2e-4 ± 1e-12} keeps its digits). While the window fills: Welford's update (Welford
 * 1962) and its co-moment form {@code C += (x - meanX_old)(y - meanY_new)}. Once full, when {@code (x, y)}
 * replaces the oldest pair {@code (u, v)}, the exact identities {@code meanX' = meanX + (x - u)/w},
 * {@code M2x' = M2x + (x - u)((x - meanX') + (u - meanX))} and
 * {@code C' = C + (x - u)(y - meanY') + (y - v)(u - meanX)}, which avoid the cancellation of
 * {@code sum(x^2) - w mean^2}.
 *
 * <p><b>Error control.</b> Each update adds at most about {@code 2 eps |x - u| (|x| + |u| + |mean| +
 * |mean'|)} of rounding to {@code M2x} (likewise for {@code y} and {@code C}), and
 * {@code eps (|mean'| + (|x - u| + |x| + |u|) / w)} to the mean (all shifted values). These bounds are
 * accumulated; when one exceeds {@value #PRECISION} of its moment (of the standard deviation, for the
 * means), or every {@code window} slides in any case, the state is recomputed from the ring by the
 * corrected two-pass formula (Chan, Golub and LeVeque 1983) around a new shift. A large value leaving
 * the window (the moment collapses), or a level far from the shift, thus triggers a recomputation at
 * once; ordinary data recompute once per window, O(1) amortized. When the last {@code window} values
 * of a series are all equal (an exact run-length count) its mean is that value and its second moment
 * exactly 0.
 */
final class SlidingMoments {

  /** The relative precision kept for the moments (and the means, relative to the deviation). */
  private static final double PRECISION = 1e-12;
  private static final double EPS = Math.ulp(1.0);

  private final int window;
  private final double[] xs;
  private final double[] ys;
  private int next;
  private int count;
  private int sinceRecompute;
  private int equalRunX;
  private int equalRunY;
  private double shiftX;
  private double shiftY;
  /** Means of the shifted values. */
  private double meanX;
  private double meanY;
  private double m2x;
  private double m2y;
  private double cxy;
  /** Bounds of the rounding accumulated since the last recomputation. */
  private double errMeanX;
  private double errMeanY;
  private double errX;
  private double errY;
  private double errC;

  SlidingMoments(int window) {
    this.window = window;
    this.xs = new double[window];
    this.ys = new double[window];
  }

  void add(double x, double y) {
    if (count == 0) {
      shiftX = x;
      shiftY = y;
    }
    double sx = x - shiftX;
    double sy = y - shiftY;
    boolean filled = false;
    if (count < window) {
      count++;
      filled = count == window;
      double dx = sx - meanX;
      double dy = sy - meanY;
      meanX += dx / count;
      meanY += dy / count;
      m2x += dx * (sx - meanX);
      m2y += dy * (sy - meanY);
      cxy += dx * (sy - meanY);
    } else {
      double su = xs[next] - shiftX;
      double sv = ys[next] - shiftY;
      double dx = sx - su;
      double dy = sy - sv;
      double newMeanX = meanX + dx / window;
      double newMeanY = meanY + dy / window;
      m2x += dx * ((sx - newMeanX) + (su - meanX));
      m2y += dy * ((sy - newMeanY) + (sv - meanY));
      cxy += dx * (sy - newMeanY) + dy * (su - meanX);
      double levelX = Math.abs(sx) + Math.abs(su) + Math.abs(meanX) + Math.abs(newMeanX);
      double levelY = Math.abs(sy) + Math.abs(sv) + Math.abs(meanY) + Math.abs(newMeanY);
      errX += 2 * EPS * Math.abs(dx) * levelX;
      errY += 2 * EPS * Math.abs(dy) * levelY;
      errC += 2 * EPS * (Math.abs(dx) * levelY + Math.abs(dy) * levelX);
      // The shifted values and their difference round too; the mean takes 1/w of that.
      errMeanX += EPS * (Math.abs(newMeanX) + (Math.abs(dx) + Math.abs(sx) + Math.abs(su)) / window);
      errMeanY += EPS * (Math.abs(newMeanY) + (Math.abs(dy) + Math.abs(sy) + Math.abs(sv)) / window);
      meanX = newMeanX;
      meanY = newMeanY;
    }
    int previous = next == 0 ? window - 1 : next - 1;
    equalRunX = count > 1 && x == xs[previous] ? Math.min(equalRunX + 1, window) : 1;
    equalRunY = count > 1 && y == ys[previous] ? Math.min(equalRunY + 1, window) : 1;
    xs[next] = x;
    ys[next] = y;
    if (++next == window) {
      next = 0;
    }
    if (count == window && (filled || ++sinceRecompute >= window || !precise())) {
      recompute();
    }
    if (equalRunX == window) {
      shiftX = x;
      meanX = 0;
      m2x = 0;
      cxy = 0;
      errX = 0;
      errMeanX = 0;
      errC = 0;
    }
    if (equalRunY == window) {
      shiftY = y;
      meanY = 0;
      m2y = 0;
      cxy = 0;
      errY = 0;
      errMeanY = 0;
      errC = 0;
    }
  }

  /** Whether the accumulated rounding is still within {@link #PRECISION} of every moment. */
  private boolean precise() {
    double n1 = window - 1;
    return errX <= PRECISION * m2x && errY <= PRECISION * m2y
        && errC <= PRECISION * Math.sqrt(m2x * m2y)
        && errMeanX * errMeanX * n1 <= PRECISION * PRECISION * m2x
        && errMeanY * errMeanY * n1 <= PRECISION * PRECISION * m2y;
  }

  /** Corrected two-pass moments of the full ring around a new shift (the ring's mean). */
  private void recompute() {
    sinceRecompute = 0;
    shiftX = CompensatedSum.of(xs) / window;
    shiftY = CompensatedSum.of(ys) / window;
    CompensatedSum ex = new CompensatedSum();
    CompensatedSum ey = new CompensatedSum();
    CompensatedSum sxx = new CompensatedSum();
    CompensatedSum syy = new CompensatedSum();
    CompensatedSum sxy = new CompensatedSum();
    for (int i = 0; i < window; i++) {
      double dx = xs[i] - shiftX;
      double dy = ys[i] - shiftY;
      ex.add(dx);
      ey.add(dy);
      sxx.add(dx * dx);
      syy.add(dy * dy);
      sxy.add(dx * dy);
    }
    double cx = ex.value();
    double cy = ey.value();
    meanX = cx / window;
    meanY = cy / window;
    m2x = sxx.value() - cx * cx / window;
    m2y = syy.value() - cy * cy / window;
    cxy = sxy.value() - cx * cy / window;
    errX = 0;
    errY = 0;
    errC = 0;
    errMeanX = 0;
    errMeanY = 0;
  }

  boolean isFull() {
    return count == window;
  }

  double meanX() {
    return shiftX + meanX;
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
