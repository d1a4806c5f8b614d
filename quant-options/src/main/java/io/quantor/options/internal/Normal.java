package io.quantor.options.internal;

import io.quantor.core.internal.Args;

/**
 * The standard normal distribution: density, distribution function and quantile function, accurate to a
 * few units in the last place including the far tails. Not API: this class may change without notice.
 *
 * <h2>Distribution function</h2>
 * {@link #cdf(double)} is W. J. Cody's rational Chebyshev approximation of the normal integral as
 * published in W. J. Cody, "Rational Chebyshev approximations for the error function", Math. Comp. 23
 * (1969) 631-637, and packaged as {@code ANORM} in W. J. Cody, "Algorithm 715: SPECFUN", ACM TOMS 19
 * (1993) 22-32 (the same coefficients as R's {@code pnorm}). Three ranges of {@code |x|}:
 * <ul>
 *   <li>{@code |x| <= 0.67448975}: {@code Phi(x) = 1/2 + x A(x^2)/B(x^2)};</li>
 *   <li>{@code |x| <= sqrt(32)}: {@code Phi(-|x|) = exp(-x^2/2) C(|x|)/D(|x|)};</li>
 *   <li>larger: {@code Phi(-|x|) = exp(-x^2/2) (1/sqrt(2 pi) - z P(z)/Q(z)) / |x|}, {@code z = 1/x^2}.</li>
 * </ul>
 * The lower tail is computed directly (never as {@code 1 - Phi(|x|)}), so {@code cdf(-37)} keeps full
 * relative accuracy (about 5.7e-300). {@code exp(-x^2/2)} is evaluated with {@code x^2} split exactly
 * into a head and a tail (Dekker's product with Veltkamp's split), which removes the relative error
 * {@code x^2 eps / 2} that the rounded square would cause (up to 1.6e-13 at {@code x = 38}); Cody and R
 * achieve the same with {@code exp} of a 4-bit truncated {@code x} times a second {@code exp}.
 *
 * <p>Measured against 40-digit mpmath and 50-digit {@code BigDecimal} arithmetic: relative error below
 * 7e-16 for {@code cdf} and 5e-16 for {@code pdf} while the result is a normal double
 * ({@code x > -37.5}); smaller results are subnormal and accurate to their spacing (4.9e-324).
 *
 * <h2>Quantile function</h2>
 * {@link #inverseCdf(double)} is M. J. Wichura, "Algorithm AS 241: The percentage points of the normal
 * distribution", Applied Statistics 37 (1988) 477-484 ({@code PPND16}, relative accuracy about 1e-16).
 *
 * <h2>NaN and infinities</h2>
 * {@code cdf} and {@code pdf} return NaN for NaN, and the limits (0 or 1; 0) for infinite arguments.
 */
public final class Normal {

  /** 1 / sqrt(2 pi), the density at 0. */
  public static final double INV_SQRT_2PI = 0.3989422804014327;

  /** Beyond this |x|, Phi(-|x|) and exp(-x^2/2) are below the smallest subnormal double (4.9e-324). */
  private static final double CUTOFF = 40;
  /** Veltkamp's splitter 2^27 + 1: splits a double into two halves whose products are exact. */
  private static final double SPLITTER = 134217729.0;
  private static final double SQRT_32 = 5.656854249492380195206754896838;
  /**
   * {@code ln 0.075}, rounded: below it AS 241 is in its lower tail ({@code p - 1/2 < -0.425}). Both of
   * its forms are accurate at the boundary, so the rounding of the boundary does not matter.
   */
  private static final double LN_LOWER_TAIL = -2.5902671654458267;

  private static final double A0 = 2.2352520354606839287;
  private static final double A1 = 161.02823106855587881;
  private static final double A2 = 1067.6894854603709582;
  private static final double A3 = 18154.981253343561249;
  private static final double A4 = 0.065682337918207449113;
  private static final double B0 = 47.20258190468824187;
  private static final double B1 = 976.09855173777669322;
  private static final double B2 = 10260.932208618978205;
  private static final double B3 = 45507.789335026729956;

  // Cody's second range, C(|x|)/D(|x|); shared with BatchNormal.
  static final double C0 = 0.39894151208813466764;
  static final double C1 = 8.8831497943883759412;
  static final double C2 = 93.506656132177855979;
  static final double C3 = 597.27027639480026226;
  static final double C4 = 2494.5375852903726711;
  static final double C5 = 6848.1904505362823326;
  static final double C6 = 11602.651437647350124;
  static final double C7 = 9842.7148383839780218;
  static final double C8 = 1.0765576773720192317e-8;
  static final double D0 = 22.266688044328115691;
  static final double D1 = 235.38790178262499861;
  static final double D2 = 1519.377599407554805;
  static final double D3 = 6485.558298266760755;
  static final double D4 = 18615.571640885098091;
  static final double D5 = 34900.952721145977266;
  static final double D6 = 38912.003286093271411;
  static final double D7 = 19685.429676859990727;

  private static final double P0 = 0.21589853405795699;
  private static final double P1 = 0.1274011611602473639;
  private static final double P2 = 0.022235277870649807;
  private static final double P3 = 0.001421619193227893466;
  private static final double P4 = 2.9112874951168792e-5;
  private static final double P5 = 0.02307344176494017303;
  private static final double Q0 = 1.28426009614491121;
  private static final double Q1 = 0.468238212480865118;
  private static final double Q2 = 0.0659881378689285515;
  private static final double Q3 = 0.00378239633202758244;
  private static final double Q4 = 7.29751555083966205e-5;

  private Normal() {
  }

  /**
   * The standard normal density {@code phi(x) = exp(-x^2/2) / sqrt(2 pi)}.
   *
   * @param x the argument
   * @return the density; 0 for infinite {@code x}, NaN for NaN
   */
  public static double pdf(double x) {
    return gaussian(x) * INV_SQRT_2PI;
  }

  /**
   * The Gaussian {@code exp(-x^2/2)} without the normalising constant, accurate to about one ulp for every
   * {@code x} (the square is formed exactly). Pricing code computes it once and passes it to
   * {@link #cdf(double, double)}.
   *
   * @param x the argument
   * @return {@code exp(-x^2/2)}; 0 for {@code |x| > 40} and infinite {@code x}, NaN for NaN
   */
  public static double gaussian(double x) {
    double y = Math.abs(x);
    if (y > CUTOFF) {
      return 0;
    }
    // x^2 = hi + lo exactly (Dekker 1971); exp(-(hi + lo)/2) = exp(-hi/2) (1 - lo/2) to O(lo^2).
    double c = SPLITTER * y;
    double yh = c - (c - y);
    double yl = y - yh;
    double hi = y * y;
    double lo = ((yh * yh - hi) + 2 * yh * yl) + yl * yl;
    return Math.exp(-0.5 * hi) * (1 - 0.5 * lo);
  }

  /**
   * The standard normal distribution function {@code Phi(x) = P(Z <= x)}.
   *
   * @param x the argument
   * @return {@code Phi(x)} in [0, 1]; NaN for NaN
   */
  public static double cdf(double x) {
    double y = Math.abs(x);
    if (y <= 0.67448975) {
      return central(x);
    }
    return tail(x, y, gaussian(y));
  }

  /**
   * The standard normal distribution function when the caller already holds {@code exp(-x^2/2)}: saves
   * one {@code exp} where the density at the same point is needed too (Black-Scholes needs both at
   * {@code d1}).
   *
   * @param x the argument
   * @param gaussian {@code exp(-x^2/2)}, as returned by {@link #gaussian(double)} for {@code x} or
   *     {@code -x}; any other value gives a wrong result
   * @return {@code Phi(x)}
   */
  public static double cdf(double x, double gaussian) {
    double y = Math.abs(x);
    if (y <= 0.67448975) {
      return central(x);
    }
    return tail(x, y, gaussian);
  }

  // The rational forms keep Horner's scheme and Cody's order of operations: Estrin's scheme (a shorter
  // chain of dependent operations) and a single division in the far tail were measured less accurate,
  // for single values in the far tail and for differences of two values (prices; the normalised Black
  // function's region 3), where Horner's rounding errors, varying smoothly with x, partly cancel.

  private static double central(double x) {
    double xsq = x * x;
    double num = ((((A4 * xsq + A0) * xsq + A1) * xsq + A2) * xsq + A3);
    double den = ((((xsq + B0) * xsq + B1) * xsq + B2) * xsq + B3);
    return 0.5 + x * num / den;
  }

  private static double tail(double x, double y, double gaussian) {
    double ratio;
    if (y <= SQRT_32) {
      double num = (((((((C8 * y + C0) * y + C1) * y + C2) * y + C3) * y + C4) * y + C5) * y + C6) * y + C7;
      double den = (((((((y + D0) * y + D1) * y + D2) * y + D3) * y + D4) * y + D5) * y + D6) * y + D7;
      ratio = num / den;
    } else if (y <= CUTOFF) {
      double z = 1 / (y * y);
      double num = ((((P5 * z + P0) * z + P1) * z + P2) * z + P3) * z + P4;
      double den = ((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4;
      ratio = (INV_SQRT_2PI - z * num / den) / y;
    } else {
      // Beyond the cutoff the lower tail is below the smallest double; NaN falls through unchanged.
      return x > 0 ? 1 : x < 0 ? 0 : x;
    }
    double lower = gaussian * ratio;
    // The sign of x is random in pricing loops: select by a product with 0 or 1 (exact) rather than a
    // branch that would be mispredicted half the time.
    double upper = x > 0 ? 1 : 0;
    return upper * ((0.5 - lower) + 0.5) + (1 - upper) * lower;
  }

  /**
   * The standard normal quantile function {@code Phi^-1(p)} (Wichura's AS 241).
   *
   * @param p the probability, in [0, 1]
   * @return {@code x} with {@code Phi(x) = p}; {@code -Infinity} for 0 and {@code +Infinity} for 1
   * @throws IllegalArgumentException if {@code p} is outside [0, 1] or NaN
   */
  public static double inverseCdf(double p) {
    Args.inRange(p, 0, 1, "p");
    return quantile(p);
  }

  /**
   * The standard normal quantile of {@code p = exp(logP)}, {@code Phi^-1(e^logP)}, without forming
   * {@code p} where AS 241 works with its logarithm anyway (its lower tail, {@code p < 0.075}, takes
   * {@code sqrt(-ln p)}): saves a {@code log} for a caller that holds {@code ln p}, and stays accurate
   * for {@code ln p} below {@code ln(Double.MIN_VALUE)} (probabilities that underflow), to AS 241's
   * accuracy down to about {@code ln p = -800}; further down its tail form is extrapolated beyond the
   * range of its fit and the relative error grows (6e-14 at {@code ln p = -1000}).
   *
   * @param logP {@code ln p}, {@code <= 0} (not checked; NaN gives NaN)
   * @return {@code Phi^-1(e^logP)}; {@code -Infinity} for {@code -Infinity}, {@code +Infinity} for 0
   */
  public static double inverseCdfOfLog(double logP) {
    if (logP < LN_LOWER_TAIL) {
      // The rational form would give infinity over infinity for p = 0.
      return logP == Double.NEGATIVE_INFINITY ? logP : -lowerTailQuantile(Math.sqrt(-logP));
    }
    return quantile(Math.exp(logP));
  }

  /**
   * {@code -1 / Phi^-1(e^logP)}, the reciprocal of the magnitude of a lower quantile, for
   * {@code p = e^logP <= 1/2}: one division where {@code -1 / inverseCdfOfLog(logP)} takes two (AS 241's
   * rational forms give the quantile as a quotient, which is simply inverted).
   *
   * @param logP {@code ln p <= ln(1/2)} (not checked)
   * @return {@code -1 / Phi^-1(p) >= 0}; 0 for {@code -Infinity}, {@code +Infinity} for {@code ln(1/2)}
   */
  public static double reciprocalOfLowerQuantile(double logP) {
    if (logP < LN_LOWER_TAIL) {
      if (logP == Double.NEGATIVE_INFINITY) {
        return 0.0;
      }
      double r = Math.sqrt(-logP);
      return r <= 5 ? nearTailDenominator(r - 1.6) / nearTailNumerator(r - 1.6)
          : farTailDenominator(r - 5) / farTailNumerator(r - 5);
    }
    double q = Math.exp(logP) - 0.5;
    double r = 0.180625 - q * q;
    return centralDenominator(r) / (-q * centralNumerator(r));
  }

  /** {@link #inverseCdf(double)} without the argument check. */
  static double quantile(double p) {
    double q = p - 0.5;
    if (Math.abs(q) <= 0.425) {
      double r = 0.180625 - q * q;
      return q * centralNumerator(r) / centralDenominator(r);
    }
    double tailP = q < 0 ? p : 1 - p;
    if (tailP == 0) {
      return q < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    double x = lowerTailQuantile(Math.sqrt(-Math.log(tailP)));
    return q < 0 ? -x : x;
  }

  /** {@code -Phi^-1(p)} for {@code p < 0.075}, given {@code r = sqrt(-ln p)} (AS 241's tail forms). */
  private static double lowerTailQuantile(double rootOfMinusLogP) {
    double r = rootOfMinusLogP;
    return r <= 5 ? nearTailNumerator(r - 1.6) / nearTailDenominator(r - 1.6)
        : farTailNumerator(r - 5) / farTailDenominator(r - 5);
  }

  // AS 241's polynomials. All have positive coefficients and are evaluated at positive arguments, in
  // Estrin's scheme (pairs of terms combined with r^2 and r^4), which halves Horner's chain of dependent
  // operations at the same accuracy.

  /** Central form, {@code |p - 1/2| <= 0.425}: numerator in {@code r = 0.180625 - (p - 1/2)^2}. */
  private static double centralNumerator(double r) {
    double r2 = r * r;
    double r4 = r2 * r2;
    return (3.3871328727963666080e0 + 1.3314166789178437745e2 * r)
        + (1.9715909503065514427e3 + 1.3731693765509461125e4 * r) * r2
        + ((4.5921953931549871457e4 + 6.7265770927008700853e4 * r)
        + (3.3430575583588128105e4 + 2.5090809287301226727e3 * r) * r2) * r4;
  }

  /** Central form: denominator. */
  private static double centralDenominator(double r) {
    double r2 = r * r;
    double r4 = r2 * r2;
    return (1.0 + 4.2313330701600911252e1 * r)
        + (6.8718700749205790830e2 + 5.3941960214247511077e3 * r) * r2
        + ((2.1213794301586595867e4 + 3.9307895800092710610e4 * r)
        + (2.8729085735721942674e4 + 5.2264952788528545610e3 * r) * r2) * r4;
  }

  /** Tail form for {@code sqrt(-ln p) <= 5}: numerator in {@code r = sqrt(-ln p) - 1.6}. */
  private static double nearTailNumerator(double r) {
    double r2 = r * r;
    double r4 = r2 * r2;
    return (1.42343711074968357734e0 + 4.63033784615654529590e0 * r)
        + (5.76949722146069140550e0 + 3.64784832476320460504e0 * r) * r2
        + ((1.27045825245236838258e0 + 2.41780725177450611770e-1 * r)
        + (2.27238449892691845833e-2 + 7.74545014278341407640e-4 * r) * r2) * r4;
  }

  /** Tail form for {@code sqrt(-ln p) <= 5}: denominator. */
  private static double nearTailDenominator(double r) {
    double r2 = r * r;
    double r4 = r2 * r2;
    return (1.0 + 2.05319162663775882187e0 * r)
        + (1.67638483018380384940e0 + 6.89767334985100004550e-1 * r) * r2
        + ((1.48103976427480074590e-1 + 1.51986665636164571966e-2 * r)
        + (5.47593808499534494600e-4 + 1.05075007164441684324e-9 * r) * r2) * r4;
  }

  /** Tail form for {@code sqrt(-ln p) > 5}: numerator in {@code r = sqrt(-ln p) - 5}. */
  private static double farTailNumerator(double r) {
    double r2 = r * r;
    double r4 = r2 * r2;
    return (6.65790464350110377720e0 + 5.46378491116411436990e0 * r)
        + (1.78482653991729133580e0 + 2.96560571828504891230e-1 * r) * r2
        + ((2.65321895265761230930e-2 + 1.24266094738807843860e-3 * r)
        + (2.71155556874348757815e-5 + 2.01033439929228813265e-7 * r) * r2) * r4;
  }

  /** Tail form for {@code sqrt(-ln p) > 5}: denominator. */
  private static double farTailDenominator(double r) {
    double r2 = r * r;
    double r4 = r2 * r2;
    return (1.0 + 5.99832206555887937690e-1 * r)
        + (1.36929880922735805310e-1 + 1.48753612908506148525e-2 * r) * r2
        + ((7.86869131145613259100e-4 + 1.84631831751005468180e-5 * r)
        + (1.42151175831644588870e-7 + 2.04426310338993978564e-15 * r) * r2) * r4;
  }
}
