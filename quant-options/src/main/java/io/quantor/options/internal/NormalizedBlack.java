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
  private static final double SMALL_T_LIMIT = 0.21;
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
    double h = x / s;
    double t = 0.5 * s;
    double u = h + t;
    double b;
    if (u <= ASYMPTOTIC_LIMIT) {
      b = asymptotic(h, t);
    } else if (t < SMALL_T_LIMIT) {
      b = smallT(h, t);
    } else if (u > CDF_FORM_LIMIT) {
      b = Normal.cdf(u) * Math.exp(0.5 * x) - Normal.cdf(h - t) * Math.exp(-0.5 * x);
    } else {
      b = 0.5 * Math.exp(-0.5 * (h * h + t * t))
          * (Erfcx.erfcx(-ONE_OVER_SQRT_TWO * u) - Erfcx.erfcx(-ONE_OVER_SQRT_TWO * (h - t)));
    }
    return Math.max(b, 0.0);
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
    double h = x / s;
    double t = 0.5 * s;
    return Normal.cdf(-h - t) * Math.exp(0.5 * x) + Normal.cdf(h - t) * Math.exp(-0.5 * x);
  }

  /** Region 1: {@code h + t <= -10}. */
  private static double asymptotic(double h, double t) {
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
    return ONE_OVER_SQRT_TWO_PI * Math.exp(-0.5 * (h * h + t * t)) * 2.0 * t * bigU * bigV * sum;
  }

  /** Region 2: {@code t < 0.21}, Taylor expansion in t to order 13. */
  private static double smallT(double h, double t) {
    double w = t * t;
    double cPrev = millsRatio(h);
    double c = 1.0 + h * cPrev;
    double sum = 0.0;
    double wPow = 1.0;
    // c holds c_n for odd n at the top of each pass; two recurrence steps move to c_{n+2}.
    for (int n = 1; n <= 13; n += 2) {
      sum += c * wPow;
      wPow *= w;
      double cEven = (h * c + cPrev) / (n + 1);
      double cOdd = (h * cEven + c) / (n + 2);
      cPrev = cEven;
      c = cOdd;
    }
    return ONE_OVER_SQRT_TWO_PI * Math.exp(-0.5 * (h * h + w)) * 2.0 * t * sum;
  }
}
