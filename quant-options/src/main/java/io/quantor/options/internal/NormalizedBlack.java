package io.quantor.options.internal;

/**
 * The normalised Black function of P. Jäckel, "Let's Be Rational", <i>Wilmott</i> (2015), 40-53, with the
 * region-wise evaluation that keeps its relative accuracy close to machine precision.
 *
 * <p>With {@code x = ln(F/K)} and the total standard deviation {@code s = sigma sqrt(T)}, a call worth
 * {@code D [F N(d1) - K N(d2)]} has the normalised value
 * <pre>
 *   b(x, s) = price / (D sqrt(F K)) = N(x/s + s/2) e^{x/2} - N(x/s - s/2) e^{-x/2},
 * </pre>
 * the put {@code b(-x, s)}; {@code 0 <= b < e^{x/2}}, and the normalised intrinsic value is
 * {@code e^{x/2} - e^{-x/2} = 2 sinh(x/2)} for {@code x > 0}. In the money ({@code x > 0}) the value is the
 * intrinsic value plus {@code b(-x, s)}, so only {@code x <= 0} is evaluated. Writing {@code h = x/s},
 * {@code t = s/2} and {@code Y(z) = N(z)/phi(z)} (a Mills ratio),
 * <pre>
 *   b = e^{-(h^2 + t^2)/2} / sqrt(2 pi) * [Y(h + t) - Y(h - t)],
 *   Y(z) = sqrt(pi/2) erfcx(-z/sqrt 2).
 * </pre>
 * Four regions, as in Jäckel's paper (section 3), each avoiding the cancellation of the others:
 * <ol>
 *   <li>{@code h + t <= -10}: the asymptotic expansion of {@code Y} for {@code z -> -infinity},
 *       {@code Y(z) ~ -sum_k (-1)^k (2k-1)!! z^{-(2k+1)}}, with the difference
 *       {@code Y(h+t) - Y(h-t)} taken term by term in a form free of cancellation (below);</li>
 *   <li>{@code t < 0.21}: the Taylor expansion in {@code t} up to {@code t^13},
 *       {@code Y(h+t) - Y(h-t) = 2 sum_{n odd} c_n t^n}, whose coefficients {@code c_n = Y^(n)(h)/n!}
 *       follow from {@code Y' = 1 + z Y}: {@code (n+1) c_{n+1} = h c_n + c_{n-1}}, {@code c_0 = Y(h)},
 *       {@code c_1 = 1 + h Y(h)};</li>
 *   <li>{@code h + t > 0.85}: the Black formula itself (the first term dominates);</li>
 *   <li>otherwise the {@code erfcx} form above.</li>
 * </ol>
 * In region 1, with {@code u = h + t}, {@code v = h - t} (both negative), {@code U = 1/u}, {@code V = 1/v}:
 * {@code v^{-n} - u^{-n} = 2t U V R_{n-1}} with {@code R_m = sum_{j=0..m} U^{m-j} V^j}, so
 * <pre>
 *   Y(u) - Y(v) = 2 t U V sum_k (-1)^k (2k-1)!! R_{2k},   R_m = U R_{m-1} + V^m,
 * </pre>
 * a sum of positive {@code R_{2k}}, summed until the terms fall below the rounding of the sum.
 *
 * <p>Not API: the solver of {@code io.quantor.options.pricing.ImpliedVolatility} uses it.
 */
public final class NormalizedBlack {

  /** sqrt(2 pi). */
  public static final double SQRT_TWO_PI = 2.5066282746310002;
  /** 1/sqrt(2 pi). */
  public static final double ONE_OVER_SQRT_TWO_PI = 0.3989422804014327;
  /** 1/sqrt(2). */
  static final double ONE_OVER_SQRT_TWO = 0.7071067811865476;
  /** sqrt(pi/2). */
  static final double SQRT_PI_OVER_TWO = 1.2533141373155003;

  /** Region 1 (asymptotic expansion) where {@code h + t} is at most this. */
  private static final double ASYMPTOTIC_LIMIT = -10.0;
  /**
   * Region 2 (small-t expansion) below this {@code t}: {@code 2 eps^(1/16)} as in Jäckel's paper, where
   * the first omitted term {@code t^15} is below the double precision of the sum.
   */
  static final double SMALL_T_LIMIT = 0.21;
  /** Region 3 (Black formula) above this {@code h + t}. */
  private static final double CDF_FORM_LIMIT = 0.85;
  /** {@code 4 sqrt 2}: below {@code h = -4 sqrt 2}, {@code erfcx(-h/sqrt 2)} is in its tail form. */
  private static final double ERFCX_TAIL_H = 5.656854249492381;
  /** Most terms of the asymptotic series; at {@code h + t = -10} it needs 23. */
  private static final int MAX_ASYMPTOTIC_TERMS = 32;

  private NormalizedBlack() {
  }

  /**
   * The normalised call value {@code b(x, s)} (the put is {@code call(-x, s)}).
   *
   * @param x the log-moneyness {@code ln(F/K)}
   * @param s the total standard deviation {@code sigma sqrt(T) >= 0}
   * @return {@code b(x, s) >= 0}
   */
  public static double call(double x, double s) {
    if (x > 0) {
      return intrinsic(x) + call(-x, s);
    }
    if (!(s > 0)) {
      return 0.0;
    }
    return otmCall(x, s, Double.NaN);
  }

  /**
   * The normalised out-of-the-money call {@code b(x, s)} for {@code x <= 0}, {@code s > 0}, with
   * {@code e^{x/2}} supplied by a caller that holds it (region 3 needs it).
   *
   * @param x the log-moneyness, {@code <= 0}
   * @param s the total standard deviation, {@code > 0}
   * @param expHalfX {@code e^{x/2}}, or NaN to have it computed when needed
   * @return {@code b(x, s) >= 0}
   */
  public static double otmCall(double x, double s, double expHalfX) {
    double h = x / s;
    double t = 0.5 * s;
    double u = h + t;
    if (u > CDF_FORM_LIMIT) {
      double e = expHalfX == expHalfX ? expHalfX : Math.exp(0.5 * x);
      return nonNegative(Normal.cdf(u) * e - Normal.cdf(h - t) / e);
    }
    return ONE_OVER_SQRT_TWO_PI * Math.exp(-0.5 * (h * h + t * t)) * ratio(h, t, u);
  }

  /**
   * The ratio {@code b(x, s) / (db/ds)} of the normalised out-of-the-money call to its vega,
   * {@code Y(h + t) - Y(h - t)} in the notation above, for {@code x <= 0}: outside region 3 it needs no
   * exponential, and its logarithm plus that of the vega is {@code ln b} without underflow.
   *
   * @param x the log-moneyness, {@code <= 0}
   * @param s the total standard deviation, {@code > 0}
   * @param expHalfX {@code e^{x/2}}, or NaN to have it computed when needed
   * @return {@code b / b' >= 0}; {@code +Infinity} where the vega underflows in region 3
   */
  public static double callOverVega(double x, double s, double expHalfX) {
    double h = x / s;
    double t = 0.5 * s;
    double u = h + t;
    if (u > CDF_FORM_LIMIT) {
      return otmCall(x, s, expHalfX) / vega(x, s);
    }
    return ratio(h, t, u);
  }

  /**
   * {@code Y(h + t) - Y(h - t)} in regions 1, 2 and 4.
   *
   * <p>Region 2, {@code t < 0.21}: {@code Y(h + t) - Y(h - t) = 2 sum_k c_{2k+1} t^{2k+1}} to order 13. By
   * the recurrence {@code (n+1) c_{n+1} = h c_n + c_{n-1}} each odd coefficient is
   * {@code c_n = (A_n(h^2) + a B_n(h^2)) / n!} with {@code a = c_1 = 1 + h Y(h)} and integer polynomials
   * {@code A_n}, {@code B_n} (expanded once from the recurrence with exact rational arithmetic; the same
   * as in Jäckel's paper). The sum is taken as {@code sum_n A_n t^n / n! + a sum_n B_n t^n / n!}: both
   * sums are independent of {@code a}, so they are formed while {@code erfcx} computes it, and only one
   * multiplication and one addition wait for it.
   *
   * <p>Region 2, the most frequent in solves, is evaluated in place: the method is then too large for the
   * JIT compiler to inline into the solver, which measured faster and steadier than inlining it (a
   * smaller method was inlined in some runs and not in others, with 20 % between them).
   */
  private static double ratio(double h, double t, double u) {
    if (u <= ASYMPTOTIC_LIMIT || !(t < SMALL_T_LIMIT)) {
      return nonNegative(u <= ASYMPTOTIC_LIMIT ? asymptoticSum(h, t) : erfcxDifference(h, t, u));
    }
    double g = h * h;
    double w = t * t;
    double g2 = g * g;
    double g4 = g2 * g2;
    double w2 = w * w;
    double w4 = w2 * w2;
    // Estrin's scheme throughout (every polynomial has coefficients of one sign and a positive argument,
    // so its accuracy is Horner's): a short chain of dependent operations.
    double a3 = -1.0 / 6.0;
    double b3 = (3.0 + g) * (1.0 / 6.0);
    double a5 = (-7.0 - g) * (1.0 / 120.0);
    double b5 = (15.0 + 10.0 * g + g2) * (1.0 / 120.0);
    double a7 = (-57.0 - 18.0 * g - g2) * (1.0 / 5040.0);
    double b7 = ((105.0 + 105.0 * g) + (21.0 + g) * g2) * (1.0 / 5040.0);
    double a9 = ((-561.0 - 285.0 * g) + (-33.0 - g) * g2) * (1.0 / 362880.0);
    double b9 = ((945.0 + 1260.0 * g) + (378.0 + 36.0 * g) * g2 + g4) * (1.0 / 362880.0);
    double a11 = ((-6555.0 - 4680.0 * g) + (-840.0 - 52.0 * g) * g2 - g4) * (1.0 / 39916800.0);
    double b11 = ((10395.0 + 17325.0 * g) + (6930.0 + 990.0 * g) * g2 + (55.0 + g) * g4)
        * (1.0 / 39916800.0);
    double a13 = ((-89055.0 - 82845.0 * g) + (-20370.0 - 1926.0 * g) * g2 + (-75.0 - g) * g4)
        * (1.0 / 6227020800.0);
    double b13 = ((135135.0 + 270270.0 * g) + (135135.0 + 25740.0 * g) * g2
        + ((2145.0 + 78.0 * g) + g2) * g4) * (1.0 / 6227020800.0);
    double sumA = w * ((a3 + a5 * w) + (a7 + a9 * w) * w2 + (a11 + a13 * w) * w4);
    double sumB = (1.0 + b3 * w) + (b5 + b7 * w) * w2 + ((b9 + b11 * w) + b13 * w2) * w4;
    // a = 1 + h Y(h) = 1 - sqrt(pi) y erfcx(y) with y = -h/sqrt(2): in erfcx's tail range without the
    // cancellation of the sum (a ~ 1/h^2).
    double a = h < -ERFCX_TAIL_H ? Erfcx.tailDeficit(0.5 * g) : 1.0 + h * millsRatio(h);
    return nonNegative(2.0 * t * (sumA + a * sumB));
  }

  /**
   * {@code Math.max(v, 0.0)} to the bit (NaN stays NaN, {@code -0.0} becomes {@code 0.0}, since
   * {@code -0.0 + 0.0 = 0.0}) with one test that is almost never true: on the solver's critical path the
   * intrinsic's handling of NaN and signed zeros measured slower.
   */
  private static double nonNegative(double v) {
    return v < 0 ? 0.0 : v + 0.0;
  }

  /** Region 4: {@code Y(h + t) - Y(h - t)} from two {@code erfcx}. */
  private static double erfcxDifference(double h, double t, double u) {
    return SQRT_PI_OVER_TWO
        * (Erfcx.erfcx(-ONE_OVER_SQRT_TWO * u) - Erfcx.erfcx(-ONE_OVER_SQRT_TWO * (h - t)));
  }

  /**
   * The normalised intrinsic value of a call, {@code 2 sinh(x/2)} for {@code x > 0}, else 0.
   *
   * @param x the log-moneyness
   * @return {@code max(e^{x/2} - e^{-x/2}, 0)}
   */
  public static double intrinsic(double x) {
    return x > 0 ? 2.0 * Math.sinh(0.5 * x) : 0.0;
  }

  /**
   * The normalised vega {@code db/ds = exp(-(x^2/s^2 + s^2/4)/2) / sqrt(2 pi)}, the same for calls and
   * puts.
   *
   * @param x the log-moneyness
   * @param s the total standard deviation
   * @return {@code db/ds}
   */
  public static double vega(double x, double s) {
    double h = x == 0 ? 0.0 : x / s;
    double t = 0.5 * s;
    return ONE_OVER_SQRT_TWO_PI * Math.exp(-0.5 * (h * h + t * t));
  }

  /**
   * The Mills ratio {@code Y(z) = N(z)/phi(z) = sqrt(pi/2) erfcx(-z/sqrt 2)}.
   *
   * @param z the argument
   * @return {@code Y(z) > 0}
   */
  public static double millsRatio(double z) {
    return SQRT_PI_OVER_TWO * Erfcx.erfcx(-ONE_OVER_SQRT_TWO * z);
  }

  /**
   * The normalised put-side complement {@code e^{x/2} - b(x, s) = N(-x/s - s/2) e^{x/2} + N(x/s - s/2)
   * e^{-x/2}} for {@code x <= 0}: a sum of two positive terms, accurate where {@code b} is close to its
   * supremum {@code e^{x/2}} (very large {@code s}), where the difference would cancel.
   *
   * @param x the log-moneyness, {@code <= 0}
   * @param s the total standard deviation, {@code > 0}
   * @return {@code e^{x/2} - b(x, s)}
   */
  public static double complement(double x, double s) {
    return complement(x, s, Math.exp(0.5 * x));
  }

  /**
   * {@link #complement(double, double)} with {@code e^{x/2}} given (a solver holds it).
   *
   * @param x the log-moneyness, {@code <= 0}
   * @param s the total standard deviation, {@code > 0}
   * @param expHalfX {@code e^{x/2}}
   * @return {@code e^{x/2} - b(x, s)}
   */
  public static double complement(double x, double s, double expHalfX) {
    double h = x / s;
    double t = 0.5 * s;
    return Normal.cdf(-h - t) * expHalfX + Normal.cdf(h - t) / expHalfX;
  }

  /** Region 1, {@code h + t <= -10}: {@code Y(h + t) - Y(h - t)}. */
  private static double asymptoticSum(double h, double t) {
    double bigU = 1.0 / (h + t);
    double bigV = 1.0 / (h - t);
    double sum = 1.0;
    double r = 1.0;
    double vPow = 1.0;
    double doubleFactorial = 1.0;
    for (int k = 1; k <= MAX_ASYMPTOTIC_TERMS; k++) {
      vPow *= bigV;
      r = bigU * r + vPow;
      vPow *= bigV;
      r = bigU * r + vPow;
      doubleFactorial *= 2 * k - 1;
      double term = doubleFactorial * r;
      sum += (k & 1) == 0 ? term : -term;
      if (term <= 1e-17 * sum) {
        break;
      }
    }
    return 2.0 * t * bigU * bigV * sum;
  }

}
