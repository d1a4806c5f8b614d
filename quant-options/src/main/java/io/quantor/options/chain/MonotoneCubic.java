package io.quantor.options.chain;

/**
 * Shape-preserving piecewise cubic Hermite interpolation (PCHIP), constant beyond the end nodes.
 *
 * <p>Slopes at interior nodes are the weighted harmonic mean of the adjacent secants when they have the
 * same sign and 0 otherwise (F. N. Fritsch and J. Butland, "A method for constructing local monotone
 * piecewise cubic interpolants", SIAM J. Sci. Stat. Comput. 5 (1984) 300-304; the form of C. Moler,
 * <i>Numerical Computing with MATLAB</i>, sect. 3.4, {@code pchip}); end slopes use the shape-preserving
 * three-point formula. These slopes satisfy the Fritsch-Carlson conditions (F. N. Fritsch and
 * R. E. Carlson, "Monotone piecewise cubic interpolation", SIAM J. Numer. Anal. 17 (1980) 238-246), so the
 * interpolant is C1, reproduces the nodes and is monotone on each interval: it never leaves
 * {@code [min(y_j, y_j+1), max(y_j, y_j+1)]} between two nodes (values are clamped to that range against
 * rounding). With one node it is constant, with two linear.
 */
final class MonotoneCubic {

  private final double[] x;
  private final double[] y;
  private final double[] slope;

  /**
   * @param x strictly increasing, finite abscissas (not copied: the caller hands over the arrays)
   * @param y finite ordinates, as many as {@code x}
   */
  MonotoneCubic(double[] x, double[] y) {
    this.x = x;
    this.y = y;
    this.slope = slopes(x, y);
  }

  private static double[] slopes(double[] x, double[] y) {
    int n = x.length;
    double[] d = new double[n];
    if (n < 2) {
      return d;
    }
    double[] h = new double[n - 1];
    double[] delta = new double[n - 1];
    for (int j = 0; j < n - 1; j++) {
      h[j] = x[j + 1] - x[j];
      delta[j] = (y[j + 1] - y[j]) / h[j];
    }
    if (n == 2) {
      d[0] = delta[0];
      d[1] = delta[0];
      return d;
    }
    for (int j = 1; j < n - 1; j++) {
      if (delta[j - 1] * delta[j] > 0) {
        double w1 = 2 * h[j] + h[j - 1];
        double w2 = h[j] + 2 * h[j - 1];
        d[j] = (w1 + w2) / (w1 / delta[j - 1] + w2 / delta[j]);
      }
    }
    d[0] = endSlope(h[0], h[1], delta[0], delta[1]);
    d[n - 1] = endSlope(h[n - 2], h[n - 3], delta[n - 2], delta[n - 3]);
    return d;
  }

  /** Three-point end slope, set to 0 or limited to 3 delta where it would break the shape. */
  private static double endSlope(double h0, double h1, double delta0, double delta1) {
    double d = ((2 * h0 + h1) * delta0 - h0 * delta1) / (h0 + h1);
    if (Math.signum(d) != Math.signum(delta0)) {
      return 0;
    }
    if (Math.signum(delta0) != Math.signum(delta1) && Math.abs(d) > Math.abs(3 * delta0)) {
      return 3 * delta0;
    }
    return d;
  }

  /**
   * The interpolated value, {@code y[0]} left of the first node and {@code y[n-1]} right of the last.
   *
   * @param at the abscissa, finite
   * @return the value
   */
  double value(double at) {
    int n = x.length;
    if (at <= x[0]) {
      return y[0];
    }
    if (at >= x[n - 1]) {
      return y[n - 1];
    }
    int j = interval(at);
    double h = x[j + 1] - x[j];
    double s = (at - x[j]) / h;
    double oneMinus = 1 - s;
    double v = y[j] * (1 + 2 * s) * oneMinus * oneMinus
        + h * slope[j] * s * oneMinus * oneMinus
        + y[j + 1] * s * s * (3 - 2 * s)
        - h * slope[j + 1] * s * s * oneMinus;
    double lo = Math.min(y[j], y[j + 1]);
    double hi = Math.max(y[j], y[j + 1]);
    return Math.max(lo, Math.min(hi, v));
  }

  /** The index j with {@code x[j] <= at < x[j+1]}, for {@code x[0] < at < x[n-1]}. */
  private int interval(double at) {
    int lo = 0;
    int hi = x.length - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (x[mid] <= at) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
