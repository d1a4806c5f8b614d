package io.quantor.options.pricing;

import io.quantor.options.internal.Normal;
import java.util.Locale;

/**
 * The Barone-Adesi and Whaley (1987) quadratic approximation of American option prices under
 * Black-Scholes-Merton dynamics with a continuous dividend yield.
 *
 * <p>With {@code b = r - q}, {@code M = 2r/sigma^2}, {@code N = 2b/sigma^2} and {@code k = 1 - e^{-rT}},
 * the early-exercise premium solves the quadratic ODE that the BSM PDE becomes when the time derivative
 * is scaled by {@code k}. For a call,
 * <pre>
 *   C(S) = c(S) + A2 (S/Sc)^q2        for S &lt; Sc,     C(S) = S - K   for S &gt;= Sc,
 *   q2 = (-(N-1) + sqrt((N-1)^2 + 4M/k)) / 2,  A2 = (Sc/q2)(1 - e^{-qT} N(d1(Sc)))
 * </pre>
 * and for a put
 * <pre>
 *   P(S) = p(S) + A1 (S/Sp)^q1       for S &gt; Sp,    P(S) = K - S   for S &lt;= Sp,
 *   q1 = (-(N-1) - sqrt((N-1)^2 + 4M/k)) / 2,  A1 = -(Sp/q1)(1 - e^{-qT} N(-d1(Sp)))
 * </pre>
 * where {@code c}, {@code p} are the European prices and the critical prices solve the value-matching
 * conditions {@code Sc - K = c(Sc) + (1 - e^{-qT}N(d1(Sc))) Sc/q2} (call) and
 * {@code K - Sp = p(Sp) - (1 - e^{-qT}N(-d1(Sp))) Sp/q1} (put). When {@code r = 0} the ratio
 * {@code M/k} is replaced by its limit {@code 2/(sigma^2 T)}.
 *
 * <p><b>Critical price.</b> Solved by the paper's Newton-type iteration
 * {@code S_{i+1} = (K + RHS - b_i S_i)/(1 - b_i)} (call; {@code (K - RHS + b_i S_i)/(1 + b_i)} for a put,
 * {@code b_i} the slope of the right-hand side) until {@code |LHS - RHS| / K <= 1e-6}, starting from the
 * seed of Barone-Adesi and Whaley (1987), section III (the critical price of the perpetual option blended
 * towards the strike with {@code h = -(bT + 2 sigma sqrt T) K/(S_inf - K)}; for puts
 * {@code h = (bT - 2 sigma sqrt T) K/(K - S_inf)}). Where that seed falls on the wrong side of the strike
 * ({@code h > 0}: {@code q - r > 2 sigma / sqrt T} for a call, {@code r - q > 2 sigma / sqrt T} for a put;
 * QuantLib returns NaN there) the iteration starts from the perpetual critical price {@code S_inf}
 * instead. Otherwise this is the formulation of QuantLib 1.29's
 * {@code BaroneAdesiWhaleyApproximationEngine} (same seed, same stopping rule, same tolerance), so prices
 * agree with that engine to rounding; note that the stopping rule makes the returned price exact only to
 * about {@code 1e-6 K} in the value-matching condition (the approximation error itself is far larger,
 * up to ~1% of the price for long-dated options).
 *
 * <p><b>Early exercise never optimal.</b> A call with {@code q <= 0} is priced as the European call
 * ({@link BlackScholes#price}), exactly. Where the critical-price iteration finds no root (it runs to 0
 * for a put, to infinity for a call; this happens for puts with {@code r = 0 < q}, where early exercise is
 * indeed never optimal) the premium term vanishes and the European price is returned; QuantLib returns
 * NaN there.
 *
 * <p><b>Domain.</b> {@code spot, strike, sigma > 0}, {@code t >= 0}, {@code r, q} finite; {@code t = 0}
 * gives the intrinsic value. Whenever early exercise is possible (any put, a call with {@code q > 0}),
 * {@code r >= 0} is required, as in the paper (and QuantLib): the approximation is not defined for
 * negative rates.
 *
 * <p>References: G. Barone-Adesi and R. E. Whaley (1987), "Efficient analytic approximation of American
 * option values", <i>Journal of Finance</i> 42(2), 301-320; E. G. Haug (2007), <i>The Complete Guide to
 * Option Pricing Formulas</i>, 2nd ed., section 3.3.
 *
 * <pre>{@code
 * double put = BaroneAdesiWhaley.price(OptionType.PUT, 100, 100, 0.5, 0.1, 0.1, 0.15); // 4.0841
 * }</pre>
 */
public final class BaroneAdesiWhaley {

  /** Stopping tolerance of the critical-price iteration: {@code |LHS - RHS| / K}. */
  static final double CRITICAL_PRICE_TOLERANCE = 1e-6;

  /**
   * Guard against a non-converging iteration (QuantLib has none): where it converges it does so in a
   * handful of steps.
   */
  private static final int MAX_ITERATIONS = 1000;

  /**
   * Below this distance (in units of the double epsilon) the discount factor counts as 1 and
   * {@code M/k} takes its {@code r -> 0} limit; this is QuantLib's {@code close(D, 1.0, 1000)}.
   */
  private static final double UNIT_DISCOUNT_ULPS = 1000;

  private BaroneAdesiWhaley() {
  }

  /**
   * The Barone-Adesi-Whaley price of an American option.
   *
   * @param type call or put
   * @param spot the underlying price {@code S > 0}
   * @param strike the strike {@code K > 0}
   * @param t time to expiry in years (Actual/365), {@code >= 0}
   * @param r continuously compounded risk-free rate; {@code >= 0} unless early exercise is impossible
   *     (a call with {@code q <= 0})
   * @param q continuously compounded dividend yield
   * @param sigma volatility, {@code > 0}
   * @return the approximate American price, {@code >= 0}
   * @throws IllegalArgumentException for bad input, naming the parameter and the value
   */
  public static double price(OptionType type, double spot, double strike, double t, double r, double q,
      double sigma) {
    AmericanInputs.check(type, spot, strike, t, r, q, sigma);
    if (t == 0) {
      return type.payoff(spot, strike);
    }
    boolean call = type == OptionType.CALL;
    double dividendDiscount = Math.exp(-q * t);
    if (call && dividendDiscount >= 1.0) {
      // With q <= 0 the call is worth more alive than exercised at every node: it is European.
      return BlackScholes.price(type, spot, strike, t, r, q, sigma);
    }
    double discount = Math.exp(-r * t);
    if (!(discount <= 1.0)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "r must be >= 0 for the Barone-Adesi-Whaley approximation of an American %s, was %s",
          call ? "call with q > 0" : "put", r));
    }
    double variance = sigma * sigma * t;
    double stdDev = Math.sqrt(variance);
    double carryT = Math.log(dividendDiscount / discount);
    double bigN = 2.0 * carryT / variance;
    double scaledM = isUnitDiscount(discount)
        ? 2.0 / variance
        : -2.0 * Math.log(discount) / (variance * (1.0 - discount));
    double root = Math.sqrt((bigN - 1.0) * (bigN - 1.0) + 4.0 * scaledM);
    double exponent = call ? (-(bigN - 1.0) + root) / 2.0 : (-(bigN - 1.0) - root) / 2.0;
    double critical = criticalPrice(call, strike, discount, dividendDiscount, variance, stdDev, carryT,
        bigN, exponent);
    if (Double.isNaN(critical)) {
      return BlackScholes.price(type, spot, strike, t, r, q, sigma);
    }
    double d1 = (Math.log(critical * dividendDiscount / discount / strike) + 0.5 * variance) / stdDev;
    if (call) {
      if (spot >= critical) {
        return spot - strike;
      }
      double a2 = critical / exponent * (1.0 - dividendDiscount * Normal.cdf(d1));
      return BlackScholes.price(type, spot, strike, t, r, q, sigma)
          + a2 * Math.pow(spot / critical, exponent);
    }
    if (spot <= critical) {
      return strike - spot;
    }
    double a1 = -critical / exponent * (1.0 - dividendDiscount * Normal.cdf(-d1));
    return BlackScholes.price(type, spot, strike, t, r, q, sigma)
        + a1 * Math.pow(spot / critical, exponent);
  }

  /**
   * The critical price {@code Sc} (call) or {@code Sp} (put) by the paper's iteration.
   *
   * @param call true for a call
   * @param strike the strike
   * @param discount {@code e^{-rT}}
   * @param dividendDiscount {@code e^{-qT}}
   * @param variance {@code sigma^2 T}
   * @param stdDev {@code sigma sqrt T}
   * @param carryT {@code (r - q) T}
   * @param bigN {@code 2b/sigma^2}
   * @param exponent {@code q2} (call) or {@code q1} (put)
   * @return the critical price, or NaN if the iteration leaves {@code (0, infinity)} or does not converge
   *     (then the value-matching condition has no root and the option is priced as European)
   */
  private static double criticalPrice(boolean call, double strike, double discount,
      double dividendDiscount, double variance, double stdDev, double carryT, double bigN,
      double exponent) {
    // Seed: the perpetual option's critical price (M/k -> M as T -> infinity), blended with the strike.
    double bigM = -2.0 * Math.log(discount) / variance;
    double perpetualRoot = Math.sqrt((bigN - 1.0) * (bigN - 1.0) + 4.0 * bigM);
    double si;
    if (call) {
      double qInf = (-(bigN - 1.0) + perpetualRoot) / 2.0;
      double sInf = strike / (1.0 - 1.0 / qInf);
      double h = -(carryT + 2.0 * stdDev) * strike / (sInf - strike);
      si = strike + (sInf - strike) * (1.0 - Math.exp(h));
      if (!(si > strike && si < Double.POSITIVE_INFINITY)) {
        // h > 0 (b T + 2 sigma sqrt T < 0: yield far above the rate at low volatility) throws the
        // paper's seed below the strike; start from the perpetual critical price, an upper bound.
        si = sInf;
      }
    } else {
      double qInf = (-(bigN - 1.0) - perpetualRoot) / 2.0;
      double sInf = strike / (1.0 - 1.0 / qInf);
      double h = (carryT - 2.0 * stdDev) * strike / (strike - sInf);
      si = sInf + (strike - sInf) * Math.exp(h);
      if (!(si > 0 && si < strike)) {
        // The mirror case (b T > 2 sigma sqrt T) for puts: start from the perpetual critical price.
        si = sInf;
      }
    }
    double growth = dividendDiscount / discount;
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double forward = si * growth;
      double d1 = (Math.log(forward / strike) + 0.5 * variance) / stdDev;
      double d2 = d1 - stdDev;
      double lhs;
      double rhs;
      double slope;
      if (call) {
        double nd1 = Normal.cdf(d1);
        double european = discount * (forward * nd1 - strike * Normal.cdf(d2));
        lhs = si - strike;
        rhs = european + (1.0 - dividendDiscount * nd1) * si / exponent;
        slope = dividendDiscount * nd1 * (1.0 - 1.0 / exponent)
            + (1.0 - dividendDiscount * Normal.pdf(d1) / stdDev) / exponent;
      } else {
        double nMinusD1 = Normal.cdf(-d1);
        double european = discount * (strike * Normal.cdf(-d2) - forward * nMinusD1);
        lhs = strike - si;
        rhs = european - (1.0 - dividendDiscount * nMinusD1) * si / exponent;
        slope = -dividendDiscount * nMinusD1 * (1.0 - 1.0 / exponent)
            - (1.0 + dividendDiscount * Normal.pdf(-d1) / stdDev) / exponent;
      }
      if (Math.abs(lhs - rhs) / strike <= CRITICAL_PRICE_TOLERANCE) {
        return si;
      }
      si = call ? (strike + rhs - slope * si) / (1.0 - slope) : (strike - rhs + slope * si) / (1.0 + slope);
      if (!(si > 0 && si < Double.POSITIVE_INFINITY)) {
        // The value-matching condition has no positive root: the iteration ran to 0 (put) or to
        // infinity (call), where the premium term vanishes. This happens when early exercise is never
        // optimal although the quick test above did not say so (a put with r = 0 < q).
        return Double.NaN;
      }
    }
    return Double.NaN;
  }

  /** QuantLib's {@code close(x, 1.0, 1000)}: within 1000 epsilons of 1, relative to both. */
  private static boolean isUnitDiscount(double discount) {
    if (discount == 1.0) {
      return true;
    }
    double diff = Math.abs(discount - 1.0);
    double tolerance = UNIT_DISCOUNT_ULPS * Math.ulp(1.0);
    return diff <= tolerance * Math.abs(discount) && diff <= tolerance;
  }
}
