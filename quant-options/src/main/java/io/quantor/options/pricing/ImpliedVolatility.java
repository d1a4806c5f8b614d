package io.quantor.options.pricing;

import io.quantor.core.internal.Args;
import io.quantor.options.internal.Expm1;
import io.quantor.options.internal.NormalizedImpliedVolatility;

/**
 * Implied volatility of European options under Black-Scholes-Merton and Black-76, by P. Jäckel's method,
 * "Let's Be Rational", <i>Wilmott</i> (2015), 40-53: exact to the rounding of the inputs wherever the
 * price determines the volatility, in one or two Householder iterations, with no iteration limit to tune.
 *
 * <h2>Method</h2>
 * The price is reduced to the out-of-the-money option (an in-the-money price minus its discounted
 * intrinsic value {@code max(omega (S e^{-qT} - K e^{-rT}), 0)} is, by put-call parity, the price of the
 * other type) and normalised: {@code beta = price / sqrt(S e^{-qT} K e^{-rT})}, {@code x = ln(F/K)}, so
 * that {@code beta = b(x, sigma sqrt T)} with the normalised Black function {@code b} of a call (a put at
 * {@code x} is the call at {@code -x}). Jäckel's rational initial guess on four branches and Householder
 * iterations of order 3 then find {@code s = sigma sqrt T}; the normalised function is evaluated with
 * its asymptotic and small-{@code s} expansions, so that its relative accuracy, and with it that of the
 * volatility, holds for prices down to the smallest doubles. See
 * {@code io.quantor.options.internal.NormalizedBlack} and {@code NormalizedImpliedVolatility}.
 *
 * <p>Prices whose normalised value {@code beta} is below the smallest normal double (subnormal prices
 * such as {@code 1e-320}, where {@code beta} would lose bits or underflow to 0) are solved from
 * {@code ln beta = ln(price) - ln sqrt(S e^{-qT} K e^{-rT})}: such a {@code beta} lies in the lowest
 * branch of the solver, whose objective {@code 1/ln b - 1/ln beta} needs only its logarithm. For
 * {@code |x| < 2^-60}, where that branch vanishes, the normalised value is Bachelier's
 * {@code s phi(x/s) + x N(x/s)} to a relative {@code O(s^2)}, homogeneous in {@code (x, s, beta)}, and
 * the problem is solved scaled by a power of two. The volatility is then rounded like any double: it may
 * be subnormal, or 0 below {@code Double.MIN_VALUE / 2}.
 *
 * <h2>Outcomes</h2>
 * Misuse (NaN price; NaN, infinite, zero or negative spot, forward or strike; NaN, infinite or negative
 * {@code t}; non-finite {@code r}, {@code q}) throws {@link IllegalArgumentException} naming the
 * parameter. A price the model cannot produce is a result, {@link ImpliedVolResult} with an
 * {@link ImpliedVolStatus}, checked in this order: {@code t == 0} gives
 * {@link ImpliedVolStatus#ZERO_EXPIRY}; a price at or above the upper bound ({@code S e^{-qT}} for a
 * call, {@code K e^{-rT}} for a put; {@code +Infinity} included) {@link ImpliedVolStatus#ABOVE_MAXIMUM};
 * a price below the lower bound by more than its rounding {@link ImpliedVolStatus#BELOW_INTRINSIC}; a
 * price equal to the lower bound within its rounding {@link ImpliedVolStatus#NO_TIME_VALUE}. The rounding
 * allowance is {@code 4 eps max(S e^{-qT}, K e^{-rT})} ({@code eps = 2^-52}), the rounding error of a
 * price computed from the two discounted legs: a price that far below the bound is taken as the bound
 * (so QuantLib's {@code -7.8e-15} for a worthless put is {@code NO_TIME_VALUE}, not
 * {@code BELOW_INTRINSIC}), and in the money a time value up to that allowance is not resolved by the
 * price and counts as none. Out of the money the bound 0 is exact and every positive price, however
 * small ({@link Double#MIN_VALUE} included), is solved.
 *
 * <h2>Fast path</h2>
 * {@link #blackScholesVolatility} and {@link #black76Volatility} return a primitive {@code double}: the
 * volatility, or a negative {@link ImpliedVolStatus#code()} ({@link ImpliedVolStatus#of(double)} decodes
 * it); they never return NaN and allocate nothing. The methods returning {@link ImpliedVolResult} add the
 * record and the iteration count.
 *
 * <pre>{@code
 * double t = 91 / 365.0;
 * double price = BlackScholes.price(OptionType.CALL, 100, 110, t, 0.05, 0.01, 0.25);
 * ImpliedVolResult iv = ImpliedVolatility.blackScholes(OptionType.CALL, price, 100, 110, t, 0.05, 0.01);
 * iv.volatility();   // 0.25000000000000083
 * iv.status();       // OK
 * iv.iterations();   // 2
 *
 * double v = ImpliedVolatility.blackScholesVolatility(OptionType.PUT, 0.5, 100, 120, t, 0.05, 0.01);
 * if (v < 0) {
 *   ImpliedVolStatus why = ImpliedVolStatus.of(v);   // BELOW_INTRINSIC: the put is worth at least 18.76
 * }
 * }</pre>
 */
public final class ImpliedVolatility {

  /** The allowance for the rounding of the lower bound, in units of eps times the larger discounted leg. */
  private static final double BOUND_ROUNDING = 4.0 * Math.ulp(1.0);

  /** {@code 2^-60}: nearer the money, a subnormal normalised price is solved in Bachelier's limit. */
  private static final double NEAR_THE_MONEY = 0x1.0p-60;
  private static final double LN_TWO = 0.6931471805599453;

  private ImpliedVolatility() {
  }

  /**
   * The Black-Scholes-Merton implied volatility of a European option on an asset with a continuous
   * dividend yield.
   *
   * @param type call or put
   * @param price the option price (not NaN)
   * @param spot the spot price of the underlying, finite and {@code > 0}
   * @param strike the strike, finite and {@code > 0}
   * @param t the time to expiry in years (Actual/365 Fixed), finite and {@code >= 0}
   * @param r the continuously compounded risk-free rate, finite
   * @param q the continuously compounded dividend yield, finite
   * @return the volatility with status {@link ImpliedVolStatus#OK}, or the reason there is none
   * @throws IllegalArgumentException for an argument outside its domain, naming it
   */
  public static ImpliedVolResult blackScholes(
      OptionType type, double price, double spot, double strike, double t, double r, double q) {
    int[] iterations = new int[1];
    return result(blackScholes(type, price, spot, strike, t, r, q, iterations), iterations[0]);
  }

  /**
   * The Black-Scholes-Merton implied volatility, or a negative status code: the allocation-free form of
   * {@link #blackScholes(OptionType, double, double, double, double, double, double)} for hot loops.
   *
   * @param type call or put
   * @param price the option price (not NaN)
   * @param spot the spot price of the underlying, finite and {@code > 0}
   * @param strike the strike, finite and {@code > 0}
   * @param t the time to expiry in years, finite and {@code >= 0}
   * @param r the continuously compounded risk-free rate, finite
   * @param q the continuously compounded dividend yield, finite
   * @return the volatility ({@code >= 0}) or {@link ImpliedVolStatus#code()} of the failure (negative);
   *     never NaN
   * @throws IllegalArgumentException for an argument outside its domain, naming it
   */
  public static double blackScholesVolatility(
      OptionType type, double price, double spot, double strike, double t, double r, double q) {
    return blackScholes(type, price, spot, strike, t, r, q, null);
  }

  /**
   * The Black-76 implied volatility of a European option on a forward or futures price.
   *
   * @param type call or put
   * @param price the option price (not NaN)
   * @param forward the forward (futures) price, finite and {@code > 0}
   * @param strike the strike, finite and {@code > 0}
   * @param t the time to expiry in years (Actual/365 Fixed), finite and {@code >= 0}
   * @param r the continuously compounded risk-free rate used to discount the payoff, finite
   * @return the volatility with status {@link ImpliedVolStatus#OK}, or the reason there is none
   * @throws IllegalArgumentException for an argument outside its domain, naming it
   */
  public static ImpliedVolResult black76(
      OptionType type, double price, double forward, double strike, double t, double r) {
    int[] iterations = new int[1];
    return result(black76(type, price, forward, strike, t, r, iterations), iterations[0]);
  }

  /**
   * The Black-76 implied volatility, or a negative status code: the allocation-free form of
   * {@link #black76(OptionType, double, double, double, double, double)} for hot loops.
   *
   * @param type call or put
   * @param price the option price (not NaN)
   * @param forward the forward (futures) price, finite and {@code > 0}
   * @param strike the strike, finite and {@code > 0}
   * @param t the time to expiry in years, finite and {@code >= 0}
   * @param r the continuously compounded risk-free rate, finite
   * @return the volatility ({@code >= 0}) or {@link ImpliedVolStatus#code()} of the failure (negative);
   *     never NaN
   * @throws IllegalArgumentException for an argument outside its domain, naming it
   */
  public static double black76Volatility(
      OptionType type, double price, double forward, double strike, double t, double r) {
    return black76(type, price, forward, strike, t, r, null);
  }

  /**
   * The record of a fast-path result. One allocation site for both outcomes, so that a caller that
   * inlines the public method and reads the record at once can have the allocation removed by escape
   * analysis (which does not see through a choice between two allocations).
   */
  private static ImpliedVolResult result(double volatilityOrCode, int iterations) {
    boolean solved = volatilityOrCode >= 0;
    return new ImpliedVolResult(solved ? volatilityOrCode : 0.0, ImpliedVolStatus.of(volatilityOrCode),
        solved ? iterations : 0);
  }

  private static double blackScholes(OptionType type, double price, double spot, double strike, double t,
      double r, double q, int[] iterations) {
    Args.notNull(type, "type");
    checkPrice(price);
    Args.positive(spot, "spot");
    Args.positive(strike, "strike");
    checkTime(t);
    Args.finite(r, "r");
    Args.finite(q, "q");
    double discount = Math.exp(-r * t);
    double discountedSpot = spot * Math.exp(-q * t);
    double discountedStrike = strike * discount;
    checkLeg(discountedSpot, "spot * exp(-q t)");
    checkLeg(discountedStrike, "strike * exp(-r t)");
    double carry = (r - q) * t;
    double x = Math.log(spot / strike) + carry;
    // The value of the forward is used only in the money; computing it always costs less than a
    // branch on the random side of the money.
    double forwardValue = forwardValue(spot, strike, carry, discount, discountedSpot, discountedStrike);
    return solve(type.sign(), price, discountedSpot, discountedStrike, forwardValue, x, t, iterations);
  }

  /**
   * {@code D (F - K) = e^{-rT} [(S - K) + S expm1((r - q) T)]}, which keeps the rounding of
   * {@code e^{(r-q)T}} out of the large part {@code S} when the carry is small (error a few ulps of
   * {@code S expm1}, not an ulp of the legs). For {@code |carry| > 1/2} the difference of the legs is as
   * accurate (both are then within a few ulps of the larger leg) and always finite, and better when the
   * forward is far below the spot, where {@code S expm1 ~ -S} would cancel.
   */
  private static double forwardValue(double spot, double strike, double carry, double discount,
      double discountedSpot, double discountedStrike) {
    if (!(Math.abs(carry) <= 0.5)) {
      return discountedSpot - discountedStrike;
    }
    return discount * ((spot - strike) + spot * Expm1.expm1(carry));
  }

  private static double black76(OptionType type, double price, double forward, double strike, double t,
      double r, int[] iterations) {
    Args.notNull(type, "type");
    checkPrice(price);
    Args.positive(forward, "forward");
    Args.positive(strike, "strike");
    checkTime(t);
    Args.finite(r, "r");
    double discount = Math.exp(-r * t);
    double discountedForward = forward * discount;
    double discountedStrike = strike * discount;
    checkLeg(discountedForward, "forward * exp(-r t)");
    checkLeg(discountedStrike, "strike * exp(-r t)");
    double forwardValue = discount * (forward - strike);
    return solve(type.sign(), price, discountedForward, discountedStrike, forwardValue,
        Math.log(forward / strike), t, iterations);
  }

  /**
   * The common solve on discounted legs {@code a = D F} and {@code k = D K}, their accurately computed
   * difference {@code forwardValue = D (F - K)} and {@code x = ln(F/K)}.
   *
   * @return the volatility or a negative status code
   */
  private static double solve(int sign, double price, double a, double k, double forwardValue, double x,
      double t, int[] iterations) {
    if (t == 0) {
      return ImpliedVolStatus.ZERO_EXPIRY.code();
    }
    // Calls and puts, in and out of the money come in random order: the choices below are products
    // with 0 or 1 (exact) rather than branches, which the processor would mispredict half the time.
    double call = (sign + 1) >> 1;
    double upper = call * a + (1.0 - call) * k;
    if (!(price < upper)) {
      return ImpliedVolStatus.ABOVE_MAXIMUM.code();
    }
    // In the money by the sign of x, so that the out-of-the-money reduction below has x <= 0.
    double inTheMoney = sign * x > 0 ? 1 : 0;
    double timeValue = price - inTheMoney * Math.max(sign * forwardValue, 0.0);
    double tolerance = BOUND_ROUNDING * Math.max(a, k);
    if (timeValue < -tolerance) {
      return ImpliedVolStatus.BELOW_INTRINSIC.code();
    }
    // Out of the money every positive price has time value (the bound 0 is exact); in the money a time
    // value within the rounding of the intrinsic value is none.
    if (!(timeValue > inTheMoney * tolerance)) {
      return ImpliedVolStatus.NO_TIME_VALUE.code();
    }
    double xCall = -Math.abs(x);
    double scale = Math.sqrt(a) * Math.sqrt(k);
    double beta = timeValue / scale;
    double bMax = Math.exp(0.5 * xCall);
    if (!(beta < bMax)) {
      // The out-of-the-money price reached its bound through the rounding of the intrinsic value.
      return ImpliedVolStatus.ABOVE_MAXIMUM.code();
    }
    // sigma = s / sqrt(t): the solver divides, so that sqrt(t) is ready before it starts.
    if (beta >= Double.MIN_NORMAL) {
      return NormalizedImpliedVolatility.solve(beta, xCall, bMax, Math.sqrt(t), iterations);
    }
    return solveSubnormal(timeValue, scale, xCall, Math.sqrt(t), iterations);
  }

  /**
   * A time value whose normalised value {@code beta = timeValue / scale} is below the smallest normal
   * double, where {@code beta} has lost bits or underflowed to 0 though the price itself, positive, has
   * a volatility.
   *
   * <p>Away from the money ({@code |x| >= 2^-60}) such a {@code beta} lies in the lowest branch of the
   * solver, which needs only {@code ln beta = ln timeValue - ln scale}, formed without underflow.
   *
   * <p>At the money to within {@code 2^-60}, {@code x} and {@code s} are both tiny and the normalised
   * value is Bachelier's, {@code b(x, s) = s phi(x/s) + x N(x/s)} up to a relative {@code O(s^2 + x^2)},
   * which is homogeneous of degree 1 in {@code (x, s, beta)}: the problem is scaled by a power of two
   * {@code 2^e} (exact) that brings {@code max(|x|, beta)} to about {@code 2^-40}, where the relative
   * error of that approximation, {@code O(2^-80 (1 + h^2))}, is far below the rounding, solved as usual,
   * and the volatility scaled back (it may then be subnormal itself, or round to 0).
   */
  private static double solveSubnormal(double timeValue, double scale, double x, double sqrtT,
      int[] iterations) {
    double lnBeta = Math.log(timeValue) - Math.log(scale);
    if (x <= -NEAR_THE_MONEY) {
      return NormalizedImpliedVolatility.solveForLog(lnBeta, x, Math.exp(0.5 * x), sqrtT, iterations);
    }
    double log2Size = Math.max(x < 0 ? Math.log(-x) : Double.NEGATIVE_INFINITY, lnBeta) / LN_TWO;
    int e = -40 - (int) Math.ceil(log2Size);
    double xScaled = Math.scalb(x, e);
    double betaScaled = Math.scalb(timeValue, e) / scale;
    double bMaxScaled = Math.exp(0.5 * xScaled);
    double sigmaScaled = betaScaled >= Double.MIN_NORMAL
        ? NormalizedImpliedVolatility.solve(betaScaled, xScaled, bMaxScaled, sqrtT, iterations)
        : NormalizedImpliedVolatility.solveForLog(lnBeta + e * LN_TWO, xScaled, bMaxScaled, sqrtT,
            iterations);
    return Math.scalb(sigmaScaled, -e);
  }

  private static void checkPrice(double price) {
    if (Double.isNaN(price)) {
      throw new IllegalArgumentException("price must not be NaN, was NaN");
    }
  }

  private static void checkTime(double t) {
    if (!(t >= 0 && t < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("t must be finite and >= 0, was " + t);
    }
  }

  private static void checkLeg(double value, String name) {
    if (!(value > 0 && value < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(name + " must be finite and > 0, was " + value);
    }
  }
}
