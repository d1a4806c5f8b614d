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
      return Math.max(Normal.cdf(u) * e - Normal.cdf(h - t) / e, 0.0);
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

  /** {@code Y(h + t) - Y(h - t)} in regions 1, 2 and 4. */
  private static double ratio(double h, double t, double u) {
    double r;
    if (u <= ASYMPTOTIC_LIMIT) {
      r = asymptoticSum(h, t);
    } else if (t < SMALL_T_LIMIT) {
      r = smallTSum(h, t);
    } else {
      r = SQRT_PI_OVER_TWO
          * (Erfcx.erfcx(-ONE_OVER_SQRT_TWO * u) - Erfcx.erfcx(-ONE_OVER_SQRT_TWO * (h - t)));
    }
    return Math.max(r, 0.0);
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

  /**
   * Region 2, {@code t < 0.21}: {@code Y(h + t) - Y(h - t) = 2 sum_k c_{2k+1} t^{2k+1}} to order 13. By
   * the recurrence {@code (n+1) c_{n+1} = h c_n + c_{n-1}} each odd coefficient is
   * {@code c_n = (A_n(h^2) + a B_n(h^2)) / n!} with {@code a = c_1 = 1 + h Y(h)} and integer polynomials
   * {@code A_n}, {@code B_n} (expanded once from the recurrence with exact rational arithmetic; the same
   * as in Jäckel's paper). The explicit form avoids the recurrence's chain of dependent operations.
   */
  private static double smallTSum(double h, double t) {
    double a = 1.0 + h * millsRatio(h);
    double g = h * h;
    double w = t * t;
    double c3 = (-1.0 + a * (3.0 + g)) * (1.0 / 6.0);
    double c5 = (-7.0 - g + a * (15.0 + g * (10.0 + g))) * (1.0 / 120.0);
    double c7 = (-57.0 + g * (-18.0 - g) + a * (105.0 + g * (105.0 + g * (21.0 + g)))) * (1.0 / 5040.0);
    double c9 = (-561.0 + g * (-285.0 + g * (-33.0 - g))
        + a * (945.0 + g * (1260.0 + g * (378.0 + g * (36.0 + g))))) * (1.0 / 362880.0);
    double c11 = (-6555.0 + g * (-4680.0 + g * (-840.0 + g * (-52.0 - g)))
        + a * (10395.0 + g * (17325.0 + g * (6930.0 + g * (990.0 + g * (55.0 + g))))))
        * (1.0 / 39916800.0);
    double c13 = (-89055.0 + g * (-82845.0 + g * (-20370.0 + g * (-1926.0 + g * (-75.0 - g))))
        + a * (135135.0 + g * (270270.0 + g * (135135.0 + g * (25740.0 + g * (2145.0 + g * (78.0 + g)))))))
        * (1.0 / 6227020800.0);
    double sum = a + w * (c3 + w * (c5 + w * (c7 + w * (c9 + w * (c11 + w * c13)))));
    return 2.0 * t * sum;
  }
}
