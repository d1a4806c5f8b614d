package io.quantor.core.signal;

/**
 * The standard normal distribution function, for MacKinnon's p-values.
 *
 * <p>{@code |x| < 2}: the series {@code Phi(x) = 1/2 + phi(x) * sum_k x^(2k+1) / (1*3*...*(2k+1))}
 * (Marsaglia, "Evaluating the normal distribution", J. Stat. Software 11(4), 2004), whose terms are all of
 * one sign, so only the final {@code 1/2 +} can cancel (relative error below {@code 3e-15} at
 * {@code x = -2}). {@code |x| >= 2}: the upper tail {@code Q(x) = phi(x) / (x + 1/(x + 2/(x + 3/(x + ...))))}
 * (Laplace's continued fraction), evaluated bottom-up from 300 levels, which converges to full precision
 * from {@code x = 1.5} on; then {@code Phi(x) = Q(-x)} for negative {@code x}, so the lower tail keeps its
 * relative accuracy down to the underflow of {@code phi}. Checked against R's {@code pnorm} in the tests.
 */
final class StandardNormal {

  private static final double INV_SQRT_2PI = 0.398942280401432677939946059934;
  private static final int FRACTION_LEVELS = 300;

  private StandardNormal() {
  }

  /**
   * {@code P(Z <= x)} for a standard normal {@code Z}.
   *
   * @param x the point; NaN gives NaN
   * @return the probability
   */
  static double cdf(double x) {
    if (Double.isNaN(x)) {
      return Double.NaN;
    }
    double a = Math.abs(x);
    if (a < 2) {
      double term = x;
      double sum = x;
      double x2 = x * x;
      for (int k = 1; k < 200; k++) {
        term *= x2 / (2 * k + 1);
        double next = sum + term;
        if (next == sum) {
          break;
        }
        sum = next;
      }
      return 0.5 + density(x) * sum;
    }
    double upperTail = a > 40 ? 0.0 : density(a) / millsDenominator(a);
    return x > 0 ? 1.0 - upperTail : upperTail;
  }

  private static double density(double x) {
    return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
  }

  private static double millsDenominator(double x) {
    double t = x;
    for (int k = FRACTION_LEVELS; k >= 1; k--) {
      t = x + k / t;
    }
    return t;
  }
}
