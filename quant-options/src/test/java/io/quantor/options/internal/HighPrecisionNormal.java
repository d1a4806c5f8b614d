package io.quantor.options.internal;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A test oracle for the standard normal distribution in 50-digit {@link BigDecimal} arithmetic,
 * independent of {@link Normal}: {@code exp} by its Taylor series with argument halving, {@code Phi} by
 * the everywhere-convergent series {@code Phi(x) = 1/2 + phi(x) sum_k x^(2k+1) / (1 3 5 ... (2k+1))}
 * (Abramowitz and Stegun 26.2.11) for {@code |x| < 3}, and by Laplace's continued fraction
 * {@code 1 - Phi(y) = phi(y) / (y + 1/(y + 2/(y + 3/(y + ...))))} (A&amp;S 26.2.14) for {@code |x| >= 3}.
 * {@code NormalTest} checks the two methods against each other where both converge.
 */
final class HighPrecisionNormal {

  static final MathContext MC = new MathContext(50);
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal TINY = new BigDecimal("1e-55");
  /** 1/sqrt(2 pi) to 50 digits (sqrt by Newton's method in {@link BigDecimal#sqrt}). */
  static final BigDecimal INV_SQRT_2PI = BigDecimal.ONE.divide(
      new BigDecimal("6.283185307179586476925286766559005768394338798750211641949889184615632812572")
          .sqrt(MC), MC);

  private HighPrecisionNormal() {
  }

  /** {@code e^x} to about 45 significant digits. */
  static BigDecimal exp(BigDecimal x) {
    int halvings = 0;
    BigDecimal y = x;
    while (y.abs().compareTo(HALF) > 0) {
      y = y.multiply(HALF);
      halvings++;
    }
    BigDecimal sum = BigDecimal.ONE;
    BigDecimal term = BigDecimal.ONE;
    for (int n = 1; term.abs().compareTo(TINY) > 0; n++) {
      term = term.multiply(y, MC).divide(BigDecimal.valueOf(n), MC);
      sum = sum.add(term, MC);
    }
    for (int i = 0; i < halvings; i++) {
      sum = sum.multiply(sum, MC);
    }
    return sum;
  }

  /** The density {@code exp(-x^2/2)/sqrt(2 pi)} at the exact value of the double {@code x}. */
  static BigDecimal pdf(double x) {
    BigDecimal bx = new BigDecimal(x);
    return exp(bx.multiply(bx).multiply(HALF).negate()).multiply(INV_SQRT_2PI, MC);
  }

  /** {@code Phi(x)} at the exact value of the double {@code x}. */
  static BigDecimal cdf(double x) {
    return Math.abs(x) < 3 ? cdfBySeries(x) : cdfByContinuedFraction(x);
  }

  static BigDecimal cdfBySeries(double x) {
    BigDecimal bx = new BigDecimal(x);
    BigDecimal square = bx.multiply(bx);
    BigDecimal term = bx;
    BigDecimal sum = bx;
    for (int k = 1; term.abs().compareTo(TINY) > 0; k++) {
      term = term.multiply(square).divide(BigDecimal.valueOf(2L * k + 1), MC);
      sum = sum.add(term, MC);
    }
    return HALF.add(pdf(x).multiply(sum, MC), MC);
  }

  /** Laplace's continued fraction; converges for {@code |x| >= 2} (slowly near 2). */
  static BigDecimal cdfByContinuedFraction(double x) {
    BigDecimal y = new BigDecimal(Math.abs(x));
    BigDecimal f = y;
    // Terms needed for 1e-45 relative: about 600 at y = 3, fewer as y grows (checked against the series).
    for (int k = 40 + (int) (5400 / (x * x)); k >= 1; k--) {
      f = y.add(BigDecimal.valueOf(k).divide(f, MC), MC);
    }
    BigDecimal upperTail = pdf(x).divide(f, MC);
    return x < 0 ? upperTail : BigDecimal.ONE.subtract(upperTail, MC);
  }
}
