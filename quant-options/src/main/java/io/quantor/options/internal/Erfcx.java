package io.quantor.options.internal;

/**
 * The scaled complementary error function {@code erfcx(x) = exp(x^2) erfc(x)} and {@code erfc(x)}.
 *
 * <p>Rational Chebyshev approximations of W. J. Cody, "Rational Chebyshev approximations for the error
 * function", <i>Mathematics of Computation</i> 23 (1969), 631-637, in the form of his {@code CALERF}
 * routine (SPECFUN): on {@code |x| <= 0.46875} a rational function of {@code x^2} for {@code erf}, on
 * {@code 0.46875 < x <= 4} one for {@code erfcx(x)}, and for {@code x > 4} one in {@code 1/x^2} for
 * {@code x erfcx(x) - 1/sqrt(pi)}. The maximal relative error of the approximations is below
 * {@code 6e-19} (Cody's table), so the double results are accurate to a few units in the last place.
 *
 * <p>Negative arguments use {@code erfcx(-y) = 2 exp(y^2) - erfcx(y)}, with {@code y^2} split into an
 * exactly representable part (a multiple of 1/16 squared) and a small remainder, so that the rounding of
 * {@code y^2} does not cost relative accuracy in {@code exp(y^2)} (Cody's device). {@code erfc} uses the
 * same split for {@code exp(-x^2)}.
 *
 * <p>Not API.
 */
public final class Erfcx {

  /** 1/sqrt(pi). */
  private static final double ONE_OVER_SQRT_PI = 0.56418958354775628695;
  /** sqrt(pi). */
  private static final double SQRT_PI = 1.7724538509055160273;
  /** Below this, erfcx(x) = +infinity: 2 exp(x^2) overflows (Cody's XNEG). */
  private static final double X_NEG = -26.628;
  /** Above this, erfcx(x) = 1/(sqrt(pi) x) in double precision (Cody's XHUGE). */
  private static final double X_HUGE = 6.71e7;
  /** Above this, erfc(x) underflows to 0 (Cody's XBIG). */
  private static final double X_BIG = 26.543;

  // erf on |x| <= 0.46875: x * P(x^2) / Q(x^2).
  private static final double A0 = 3.16112374387056560e00;
  private static final double A1 = 1.13864154151050156e02;
  private static final double A2 = 3.77485237685302021e02;
  private static final double A3 = 3.20937758913846947e03;
  private static final double A4 = 1.85777706184603153e-1;
  private static final double B0 = 2.36012909523441209e01;
  private static final double B1 = 2.44024637934444173e02;
  private static final double B2 = 1.28261652607737228e03;
  private static final double B3 = 2.84423683343917062e03;

  // erfcx on 0.46875 < x <= 4: P(x) / Q(x).
  private static final double C0 = 5.64188496988670089e-1;
  private static final double C1 = 8.88314979438837594e00;
  private static final double C2 = 6.61191906371416295e01;
  private static final double C3 = 2.98635138197400131e02;
  private static final double C4 = 8.81952221241769090e02;
  private static final double C5 = 1.71204761263407058e03;
  private static final double C6 = 2.05107837782607147e03;
  private static final double C7 = 1.23033935479799725e03;
  private static final double C8 = 2.15311535474403846e-8;
  private static final double D0 = 1.57449261107098347e01;
  private static final double D1 = 1.17693950891312499e02;
  private static final double D2 = 5.37181101862009858e02;
  private static final double D3 = 1.62138957456669019e03;
  private static final double D4 = 3.29079923573345963e03;
  private static final double D5 = 4.36261909014324716e03;
  private static final double D6 = 3.43936767414372164e03;
  private static final double D7 = 1.23033935480374942e03;

  // x > 4: erfcx(x) = (1/sqrt(pi) - z P(z) / Q(z)) / x with z = 1/x^2.
  private static final double P0 = 3.05326634961232344e-1;
  private static final double P1 = 3.60344899949804439e-1;
  private static final double P2 = 1.25781726111229246e-1;
  private static final double P3 = 1.60837851487422766e-2;
  private static final double P4 = 6.58749161529837803e-4;
  private static final double P5 = 1.63153871373020978e-2;
  private static final double Q0 = 2.56852019228982242e00;
  private static final double Q1 = 1.87295284992346047e00;
  private static final double Q2 = 5.27905102951428412e-1;
  private static final double Q3 = 6.05183413124413191e-2;
  private static final double Q4 = 2.33520497626869185e-3;

  private Erfcx() {
  }

  /**
   * The scaled complementary error function {@code exp(x^2) erfc(x)}.
   *
   * <p>Positive for every argument; about {@code 1/(sqrt(pi) x)} for large {@code x}; {@code +infinity}
   * below {@code x = -26.628} where the value overflows; NaN for NaN.
   *
   * @param x the argument
   * @return {@code erfcx(x)}
   */
  public static double erfcx(double x) {
    double y = Math.abs(x);
    double positive;
    if (y <= 0.46875) {
      // erfc = 1 - erf is accurate here (erf <= 0.493), then scale by exp(x^2) <= 1.25.
      return Math.exp(x * x) * (1.0 - x * smallErfRatio(y * y));
    } else if (y <= 4.0) {
      positive = middle(y);
    } else if (y < X_HUGE) {
      positive = tail(y);
    } else {
      positive = ONE_OVER_SQRT_PI / y;
    }
    if (x > 0) {
      return positive;
    }
    if (x < X_NEG) {
      return Double.POSITIVE_INFINITY;
    }
    if (y < 1.0) {
      // y^2 < 1 is rounded by at most 2^-54 absolutely, which is exp's relative error: no split needed.
      return 2.0 * Math.exp(y * y) - positive;
    }
    return 2.0 * expOfSquare(y) - positive;
  }

  /**
   * {@code 1 - erfcx(y)} for {@code y >= 0}, accurate to a few ulps also for small {@code y}, where the
   * difference would cancel ({@code 1 - erfcx(y) ~ 2y/sqrt(pi)}): for {@code y <= 0.46875},
   * {@code erfcx(y) = e^{y^2} (1 - erf(y))} gives {@code 1 - erfcx(y) = e^{y^2} erf(y) - (e^{y^2} - 1)},
   * whose second term is at most a quarter of the first, with {@code erf(y)} from Cody's small-argument
   * form and {@code e^{y^2} - 1} from {@link Expm1}. Above, {@code erfcx(y) < 0.62} and the difference is
   * benign; there Cody's middle and tail forms are evaluated in Estrin's scheme, whose chain of dependent
   * operations is half as long and whose single values are a little more accurate than Horner's (mean
   * error 0.52 against 0.64 ulp on [0.47, 4]).
   *
   * @param y the argument, {@code >= 0}
   * @return {@code 1 - erfcx(y)}
   */
  public static double oneMinusErfcx(double y) {
    if (y <= 0.46875) {
      double ysq = y * y;
      double expm1 = Expm1.expm1(ysq);
      return (1.0 + expm1) * y * smallErfRatio(ysq) - expm1;
    }
    if (y <= 4.0) {
      double y2 = y * y;
      double y4 = y2 * y2;
      double num = ((C7 + C6 * y) + (C5 + C4 * y) * y2) + ((C3 + C2 * y) + (C1 + C0 * y) * y2) * y4
          + C8 * (y4 * y4);
      double den = ((D7 + D6 * y) + (D5 + D4 * y) * y2) + ((D3 + D2 * y) + (D1 + D0 * y) * y2) * y4
          + y4 * y4;
      return 1.0 - num / den;
    }
    return 1.0 - erfcx(y);
  }

  /**
   * The complementary error function {@code erfc(x) = 1 - erf(x)}, accurate to a few units in the last
   * place relative to the value also in the far right tail (until it underflows at {@code x = 26.543}).
   *
   * @param x the argument
   * @return {@code erfc(x)}, in {@code [0, 2]}
   */
  public static double erfc(double x) {
    double y = Math.abs(x);
    if (y <= 0.46875) {
      return 1.0 - x * smallErfRatio(y * y);
    }
    double positive;
    if (y <= 4.0) {
      positive = middle(y) * expOfMinusSquare(y);
    } else if (y < X_BIG) {
      positive = tail(y) * expOfMinusSquare(y);
    } else {
      positive = 0.0;
    }
    return x > 0 ? positive : 2.0 - positive;
  }

  /** {@code erf(y)/y} for {@code |y| <= 0.46875}, given {@code y^2}. */
  private static double smallErfRatio(double ysq) {
    double z = ysq > 1.11e-16 * 1.11e-16 ? ysq : 0.0;
    double num = (((A4 * z + A0) * z + A1) * z + A2) * z + A3;
    double den = (((z + B0) * z + B1) * z + B2) * z + B3;
    return num / den;
  }

  /**
   * erfcx(y) for 0.46875 < y <= 4, in Horner's scheme. (Estrin's scheme, with a shorter chain of dependent
   * operations and slightly smaller errors one value at a time, made the implied volatility measurably
   * less accurate where it takes the difference of two erfcx values, region 4 of NormalizedBlack: Horner's
   * rounding errors vary smoothly with y and partly cancel in the difference.)
   */
  private static double middle(double y) {
    double num = (((((((C8 * y + C0) * y + C1) * y + C2) * y + C3) * y + C4) * y + C5) * y + C6) * y + C7;
    double den = (((((((y + D0) * y + D1) * y + D2) * y + D3) * y + D4) * y + D5) * y + D6) * y + D7;
    return num / den;
  }

  /**
   * {@code 1 - sqrt(pi) y erfcx(y)} for {@code y >= 4}, given {@code w = y^2}. Cody's tail form is
   * {@code sqrt(pi) y erfcx(y) = 1 - sqrt(pi) z P(z)/Q(z)} with {@code z = 1/w}, so the difference, about
   * {@code z/2}, comes without the cancellation of subtracting from 1 (a relative accuracy of a few ulps
   * instead of {@code w} ulps). With numerator and denominator multiplied by {@code w^5} it is
   * {@code sqrt(pi) P~(w) / (w Q~(w))}, the coefficients in reverse order: one division. The relative
   * error of Cody's approximation (below 6e-19) grows by {@code 2 y^2} relative to the deficit: a few ulps
   * up to {@code y = 10}, about 4e-15 for large {@code y}.
   *
   * @param ySquared {@code w = y^2}, in {@code [16, 1e50]}
   * @return {@code 1 - sqrt(pi) y erfcx(y)}
   */
  public static double tailDeficit(double ySquared) {
    double w = ySquared;
    double w2 = w * w;
    double w4 = w2 * w2;
    double num = (P5 + P0 * w) + (P1 + P2 * w) * w2 + (P3 + P4 * w) * w4;
    double den = w * ((1.0 + Q0 * w) + (Q1 + Q2 * w) * w2 + (Q3 + Q4 * w) * w4);
    return SQRT_PI * num / den;
  }

  /** erfcx(y) for y > 4. */
  private static double tail(double y) {
    // 1/(sqrt(pi) y) - z P(z)/(Q(z) y) with z = 1/w, w = y^2, the correction's numerator and denominator
    // multiplied by w^5 (P~, Q~ the polynomials with reversed coefficients, as in tailDeficit): two
    // divisions that run in parallel instead of three in a row, and a correction below 1/32 of the
    // leading term, whose rounding barely shows (measured: mean error 0.24 ulp against 0.27 for Cody's
    // order of operations). Callers pass y < 6.71e7, far from overflow of w^6 y.
    double w = y * y;
    double w2 = w * w;
    double w4 = w2 * w2;
    double num = (P5 + P0 * w) + (P1 + P2 * w) * w2 + (P3 + P4 * w) * w4;
    double wq = w * ((1.0 + Q0 * w) + (Q1 + Q2 * w) * w2 + (Q3 + Q4 * w) * w4);
    return ONE_OVER_SQRT_PI / y - num / (wq * y);
  }

  /**
   * {@code exp(y^2)} without the relative error {@code y^2 * ulp} that rounding {@code y^2} would cause:
   * {@code y = m + d} with {@code m} a multiple of 1/16, so {@code m^2} is exact and
   * {@code y^2 = m^2 + d (y + m)} with a small, accurately computed second part.
   */
  private static double expOfSquare(double y) {
    double m = Math.floor(16.0 * y) / 16.0;
    double d = (y - m) * (y + m);
    return Math.exp(m * m) * Math.exp(d);
  }

  /** {@code exp(-y^2)}, split as in {@link #expOfSquare(double)}. */
  private static double expOfMinusSquare(double y) {
    double m = Math.floor(16.0 * y) / 16.0;
    double d = (y - m) * (y + m);
    return Math.exp(-m * m) * Math.exp(-d);
  }
}
