package io.quantor.options.internal;

/**
 * {@code e^x - 1} without the native call of {@link Math#expm1} where the argument is small.
 *
 * <p>For {@code |x| < ln(2)/2} this is the branch without argument reduction of fdlibm's
 * {@code s_expm1.c} (Sun Microsystems, 1993), which {@link StrictMath#expm1}, and hence {@link Math#expm1},
 * run too, so the result is the same to the bit: {@code x + x^2/2} plus a correction from a rational
 * approximation {@code R(x^2/2)} on {@code [0, ln(2)/2]}, added without cancellation. Compiled Java
 * instead of a native call, it costs a few floating-point operations where the call cost a tenth of an
 * implied-volatility solve. Larger arguments go to {@link Math#expm1}.
 *
 * <p>Not API.
 */
public final class Expm1 {

  /** ln(2)/2: below it the unreduced branch applies. */
  private static final double HALF_LN_TWO = 0.34657359027997264;
  // fdlibm s_expm1.c: the scaled coefficients Q1..Q5 of R on [0, ln(2)/2].
  private static final double Q1 = -3.33333333333331316428e-02;
  private static final double Q2 = 1.58730158725481460165e-03;
  private static final double Q3 = -7.93650757867487942473e-05;
  private static final double Q4 = 4.00821782732936239552e-06;
  private static final double Q5 = -2.01099218183624371326e-07;

  private Expm1() {
  }

  /**
   * {@code e^x - 1}, the same value as {@link Math#expm1}.
   *
   * @param x the argument
   * @return {@code e^x - 1}
   */
  public static double expm1(double x) {
    if (!(Math.abs(x) < HALF_LN_TWO)) {
      return Math.expm1(x);
    }
    double hfx = 0.5 * x;
    double hxs = x * hfx;
    double r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    double t = 3.0 - r1 * hfx;
    double e = hxs * ((r1 - t) / (6.0 - x * t));
    return x - (x * e - hxs);
  }
}
