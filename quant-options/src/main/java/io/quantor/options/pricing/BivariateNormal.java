package io.quantor.options.pricing;

import io.quantor.options.internal.Normal;

/**
 * The standard bivariate normal distribution function {@code M(a, b; rho) = P(X <= a, Y <= b)} for unit
 * normals with correlation {@code rho}, to about 1e-15 absolute.
 *
 * <p>Method: Drezner and Wesolowsky (1990) with Genz's double-precision refinements (A. Genz 2004,
 * "Numerical computation of rectangular bivariate and trivariate normal and t probabilities",
 * <i>Statistics and Computing</i> 14, 251-260): for {@code |rho| < 0.925} Gauss-Legendre quadrature (6,
 * 12 or 20 points by {@code |rho|}) of Plackett's identity
 * {@code dM/drho = phi2(a, b; rho)} integrated in {@code arcsin(rho)} from 0; for {@code |rho| >= 0.925}
 * the integral from {@code |rho| = 1} with the singular part taken out analytically.
 *
 * <p>The Gauss-Legendre nodes and weights are computed once, by Newton's method on the Legendre
 * polynomials, rather than typed in.
 */
final class BivariateNormal {

  private static final double TWO_PI = 2.0 * Math.PI;

  /** Nodes {@code x_i > 0} and weights of the 6-, 12- and 20-point Gauss-Legendre rules (half each). */
  private static final double[][] NODES = new double[3][];
  private static final double[][] WEIGHTS = new double[3][];

  static {
    int[] orders = {6, 12, 20};
    for (int g = 0; g < orders.length; g++) {
      int n = orders[g];
      NODES[g] = new double[n / 2];
      WEIGHTS[g] = new double[n / 2];
      for (int i = 0; i < n / 2; i++) {
        // Newton's method from Tricomi's estimate of the i-th largest root of P_n.
        double x = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
        double derivative = 0;
        for (int iteration = 0; iteration < 100; iteration++) {
          double p0 = 1.0;
          double p1 = x;
          for (int k = 2; k <= n; k++) {
            double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
            p0 = p1;
            p1 = p2;
          }
          derivative = n * (x * p1 - p0) / (x * x - 1.0);
          double step = p1 / derivative;
          x -= step;
          if (Math.abs(step) < 1e-17) {
            break;
          }
        }
        NODES[g][i] = x;
        WEIGHTS[g][i] = 2.0 / ((1.0 - x * x) * derivative * derivative);
      }
    }
  }

  private BivariateNormal() {
  }

  /**
   * {@code P(X <= a, Y <= b)} for standard normals with correlation {@code rho}.
   *
   * @param a the first upper limit (may be infinite)
   * @param b the second upper limit (may be infinite)
   * @param rho the correlation, in {@code [-1, 1]}
   * @return the probability, in {@code [0, 1]}
   */
  static double cdf(double a, double b, double rho) {
    return upperTail(-a, -b, rho);
  }

  /** Genz's {@code BVND}: {@code P(X > h, Y > k)}. */
  private static double upperTail(double h, double k, double r) {
    int g = Math.abs(r) < 0.3 ? 0 : Math.abs(r) < 0.75 ? 1 : 2;
    double[] x = NODES[g];
    double[] w = WEIGHTS[g];
    double hk = h * k;
    double bvn = 0;
    if (Math.abs(r) < 0.925) {
      if (r != 0) {
        double hs = (h * h + k * k) / 2.0;
        double asr = Math.asin(r);
        for (int i = 0; i < x.length; i++) {
          double sn = Math.sin(asr * (1.0 - x[i]) / 2.0);
          bvn += w[i] * Math.exp((sn * hk - hs) / (1.0 - sn * sn));
          sn = Math.sin(asr * (1.0 + x[i]) / 2.0);
          bvn += w[i] * Math.exp((sn * hk - hs) / (1.0 - sn * sn));
        }
        bvn *= asr / (2.0 * TWO_PI);
      }
      return bvn + Normal.cdf(-h) * Normal.cdf(-k);
    }
    if (r < 0) {
      k = -k;
      hk = -hk;
    }
    if (Math.abs(r) < 1) {
      double as = (1.0 - r) * (1.0 + r);
      double a = Math.sqrt(as);
      double bs = (h - k) * (h - k);
      double c = (4.0 - hk) / 8.0;
      double d = (12.0 - hk) / 16.0;
      bvn = a * Math.exp(-(bs / as + hk) / 2.0)
          * (1.0 - c * (bs - as) * (1.0 - d * bs / 5.0) / 3.0 + c * d * as * as / 5.0);
      if (hk > -160) {
        double b = Math.sqrt(bs);
        bvn -= Math.exp(-hk / 2.0) * Math.sqrt(TWO_PI) * Normal.cdf(-b / a) * b
            * (1.0 - c * bs * (1.0 - d * bs / 5.0) / 3.0);
      }
      a /= 2.0;
      for (int i = 0; i < x.length; i++) {
        for (int sign = -1; sign <= 1; sign += 2) {
          double xs = a * (1.0 + sign * x[i]);
          xs *= xs;
          double rs = Math.sqrt(1.0 - xs);
          double asr = -(bs / xs + hk) / 2.0;
          if (asr > -100) {
            bvn += a * w[i] * Math.exp(asr)
                * (Math.exp(-hk * xs / (2.0 * (1.0 + rs) * (1.0 + rs))) / rs
                    - (1.0 + c * xs * (1.0 + d * xs)));
          }
        }
      }
      bvn = -bvn / TWO_PI;
    }
    if (r > 0) {
      return bvn + Normal.cdf(-Math.max(h, k));
    }
    bvn = -bvn;
    if (k > h) {
      bvn += h < 0 ? Normal.cdf(k) - Normal.cdf(h) : Normal.cdf(-h) - Normal.cdf(-k);
    }
    return bvn;
  }
}
