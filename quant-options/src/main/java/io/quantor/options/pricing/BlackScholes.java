package io.quantor.options.pricing;

import io.quantor.core.internal.Args;
import io.quantor.options.internal.Normal;

/**
 * European options under the generalized Black-Scholes-Merton model with a continuous dividend yield:
 * price and Greeks in closed form.
 *
 * <h2>Model</h2>
 * The underlying follows {@code dS = (r - q) S dt + sigma S dW} under the risk-neutral measure, with a
 * flat continuously compounded rate {@code r}, dividend yield (or foreign rate, or cost-of-carry
 * adjustment) {@code q} and volatility {@code sigma}. With {@code omega = +1} for a call and {@code -1}
 * for a put, {@code v = sigma sqrt(t)}, {@code F = S e^{(r-q)t}},
 * <pre>
 *   d1 = (ln(S/K) + (r - q) t) / v + v/2,   d2 = d1 - v
 *   V  = omega (S e^{-qt} N(omega d1) - K e^{-rt} N(omega d2))
 * </pre>
 * (Black and Scholes 1973; Merton 1973; E. G. Haug, <i>The Complete Guide to Option Pricing Formulas</i>,
 * 2nd ed., McGraw-Hill 2007, sect. 1.1 and 2.1). {@code N} is the standard normal distribution function
 * ({@link Normal}, accurate to a few ulps in both tails), {@code n} its density.
 *
 * <h2>Greeks</h2>
 * Per unit of each variable, theta and charm per year of calendar time (see {@link Greeks}):
 * <pre>
 *   delta       = omega e^{-qt} N(omega d1)
 *   gamma       = e^{-qt} n(d1) / (S v)
 *   vega        = S e^{-qt} n(d1) sqrt(t)
 *   theta       = -S e^{-qt} n(d1) sigma / (2 sqrt(t))
 *                 + omega (q S e^{-qt} N(omega d1) - r K e^{-rt} N(omega d2))
 *   rho         = omega t K e^{-rt} N(omega d2)
 *   dividendRho = -omega t S e^{-qt} N(omega d1)
 *   vanna       = -e^{-qt} n(d1) d2 / sigma
 *   volga       = vega d1 d2 / sigma
 *   charm       = omega q e^{-qt} N(omega d1) - e^{-qt} n(d1) (2 (r - q) t - d2 v) / (2 t v)
 * </pre>
 * One call computes {@code d1}, {@code d2}, both discount factors, {@code N(omega d1)},
 * {@code N(omega d2)} and {@code n(d1)} once and derives every Greek from them; the Gaussian factor of
 * {@code N(d2)} comes from that of {@code n(d1)} through {@code n(d2) = n(d1) F/K}, so a full evaluation
 * takes three {@code exp}, one {@code log} and one {@code sqrt}.
 *
 * <h2>Zero variance: expiry and zero volatility</h2>
 * When {@code v = sigma sqrt(t) = 0} (at expiry {@code t = 0}, or {@code sigma = 0}) the model is
 * deterministic and the price is the discounted forward payoff {@code max(omega (S e^{-qt} - K e^{-rt}),
 * 0)}, which is the intrinsic value {@code max(omega (S - K), 0)} at {@code t = 0}. The Greeks are the
 * limits of the formulas above as {@code v -> 0}:
 * <ul>
 *   <li>in the money ({@code omega (S e^{-qt} - K e^{-rt}) > 0}): {@code delta = omega e^{-qt}},
 *       {@code theta = omega (q S e^{-qt} - r K e^{-rt})}, {@code rho = omega t K e^{-rt}},
 *       {@code dividendRho = -omega t S e^{-qt}}, {@code charm = omega q e^{-qt}}; gamma, vega, vanna and
 *       volga are 0;</li>
 *   <li>out of the money: everything is 0;</li>
 *   <li>exactly at the forward ({@code S e^{-qt} = K e^{-rt}}, price 0): delta, theta, rho, dividend rho
 *       and charm are half their in-the-money values (the limit of {@code N(d1)} is 1/2),
 *       {@code vega = S e^{-qt} sqrt(t) n(0)} (the one-sided derivative at {@code sigma = 0}),
 *       {@code vanna = e^{-qt} sqrt(t) n(0) / 2}, {@code volga = 0}. Gamma, and charm when
 *       {@code r != q}, diverge there (a point mass at the strike); they are reported as 0 and the finite
 *       part respectively.</li>
 * </ul>
 * For {@code t = 0} every term with a factor {@code t} or {@code sqrt(t)} vanishes: {@code rho},
 * {@code dividendRho} and {@code vega} are 0 and {@code theta = omega (q S - r K)} in the money.
 * A tiny positive variance follows the formulas: gamma at the money grows like {@code 1/(S v)} and is
 * infinite where {@code S v} is below about 1e-308.
 *
 * <h2>Input</h2>
 * {@code spot} and {@code strike} must be finite and {@code > 0}, {@code t} and {@code sigma} finite and
 * {@code >= 0}, {@code r} and {@code q} finite; otherwise an {@link IllegalArgumentException} names the
 * parameter and the value. Rates so large that {@code e^{-rt}} or {@code e^{-qt}} overflow are outside the
 * model's numerical range.
 *
 * <h2>Accuracy and cost</h2>
 * Against QuantLib 1.29 on {@code ../shared/reference/options/european.csv} (1344 options) the largest
 * differences are 8.5e-16 S for prices and below 1e-12 of each Greek's unit for first-order Greeks, which
 * is QuantLib's own rounding; against a 50-digit evaluation of the same formulas the relative error is at
 * most 1.5e-13 for prices above 1e-6 S (cancellation far out of the money) and 1.1e-12 for every Greek.
 * Far out of the money, where the two legs cancel, prices are accurate in absolute terms (a few 1e-16 S).
 * {@code price}, the array variant of {@code greeks} and {@code firstOrder} (price and first-order
 * Greeks only, the same values to the bit) allocate nothing; the record variant allocates only its
 * result.
 */
public final class BlackScholes {

  /** |d| beyond which N(d) is exactly 0 or 1 and n(d) is 0 in double precision; clamping avoids 0 * inf. */
  private static final double MAX_D = 40;

  /**
   * Receives the ten results of one evaluation. The two implementations below turn the same computation
   * into a record or into array elements without an intermediate object, whether or not the JIT inlines
   * {@code evaluate} into its caller (the call site sees at most these two receivers and inlines both).
   */
  @FunctionalInterface
  private interface Results<R> {
    R accept(double[] out, int offset, double price, double delta, double gamma, double vega, double theta,
        double rho, double dividendRho, double vanna, double volga, double charm);
  }

  private static final Results<Greeks> AS_RECORD =
      (out, offset, price, delta, gamma, vega, theta, rho, dividendRho, vanna, volga, charm) ->
          new Greeks(price, delta, gamma, vega, theta, rho, dividendRho, vanna, volga, charm);

  private static final Results<double[]> INTO_ARRAY =
      (out, offset, price, delta, gamma, vega, theta, rho, dividendRho, vanna, volga, charm) -> {
        out[offset + Greeks.PRICE] = price;
        out[offset + Greeks.DELTA] = delta;
        out[offset + Greeks.GAMMA] = gamma;
        out[offset + Greeks.VEGA] = vega;
        out[offset + Greeks.THETA] = theta;
        out[offset + Greeks.RHO] = rho;
        out[offset + Greeks.DIVIDEND_RHO] = dividendRho;
        out[offset + Greeks.VANNA] = vanna;
        out[offset + Greeks.VOLGA] = volga;
        out[offset + Greeks.CHARM] = charm;
        return out;
      };

  private BlackScholes() {
  }

  /**
   * The price of a European option.
   *
   * @param type call or put
   * @param spot the spot price {@code S}, finite and {@code > 0}
   * @param strike the strike {@code K}, finite and {@code > 0}
   * @param t the time to expiry in years (Actual/365 Fixed), finite and {@code >= 0}
   * @param r the continuously compounded risk-free rate, finite
   * @param q the continuous dividend yield, finite
   * @param sigma the volatility, finite and {@code >= 0}
   * @return the price, never negative
   * @throws IllegalArgumentException if an argument is null, NaN, infinite or out of range
   */
  public static double price(
      OptionType type, double spot, double strike, double t, double r, double q, double sigma) {
    checkInputs(type, spot, strike, t, r, q, sigma);
    double v = sigma * Math.sqrt(t);
    checkVariance(v, sigma);
    double discountedSpot = spot * Math.exp(-q * t);
    double discountedStrike = strike * Math.exp(-r * t);
    return blackValue(type.sign(), discountedSpot, discountedStrike,
        logMoneyness(spot, strike) + (r - q) * t, v);
  }

  /**
   * The price and all Greeks of a European option, from one evaluation of the shared terms.
   *
   * @param type call or put
   * @param spot the spot price {@code S}, finite and {@code > 0}
   * @param strike the strike {@code K}, finite and {@code > 0}
   * @param t the time to expiry in years (Actual/365 Fixed), finite and {@code >= 0}
   * @param r the continuously compounded risk-free rate, finite
   * @param q the continuous dividend yield, finite
   * @param sigma the volatility, finite and {@code >= 0}
   * @return the price and Greeks
   * @throws IllegalArgumentException if an argument is null, NaN, infinite or out of range
   */
  public static Greeks greeks(
      OptionType type, double spot, double strike, double t, double r, double q, double sigma) {
    return evaluate(type, spot, strike, t, r, q, sigma, null, 0, AS_RECORD);
  }

  /**
   * The price and all Greeks of a European option written into a caller's array, without allocating:
   * {@code out[offset + Greeks.PRICE]} ... {@code out[offset + Greeks.CHARM]}, in the component order of
   * {@link Greeks}.
   *
   * @param type call or put
   * @param spot the spot price {@code S}, finite and {@code > 0}
   * @param strike the strike {@code K}, finite and {@code > 0}
   * @param t the time to expiry in years (Actual/365 Fixed), finite and {@code >= 0}
   * @param r the continuously compounded risk-free rate, finite
   * @param q the continuous dividend yield, finite
   * @param sigma the volatility, finite and {@code >= 0}
   * @param out the destination, at least {@code offset + Greeks.SIZE} long
   * @param offset the index of the price in {@code out}
   * @throws IllegalArgumentException if an argument is null, NaN, infinite or out of range, or
   *     {@code out} is too short
   */
  public static void greeks(OptionType type, double spot, double strike, double t, double r, double q,
      double sigma, double[] out, int offset) {
    checkDestination(out, offset);
    evaluate(type, spot, strike, t, r, q, sigma, out, offset, INTO_ARRAY);
  }

  /**
   * The price and the first-order Greeks of a European option written into a caller's array, without
   * allocating: {@code out[offset + Greeks.PRICE]} ... {@code out[offset + Greeks.DIVIDEND_RHO]} (price,
   * delta, gamma, vega, theta, rho, dividend rho, the first {@link Greeks#FIRST_ORDER_SIZE} components of
   * {@link Greeks}); the elements after them are not touched. The values are those of
   * {@link #greeks(OptionType, double, double, double, double, double, double, double[], int)}, to the
   * bit, without the work (four divisions among it) for vanna, volga and charm, for loops that need the
   * first order only.
   *
   * @param type call or put
   * @param spot the spot price {@code S}, finite and {@code > 0}
   * @param strike the strike {@code K}, finite and {@code > 0}
   * @param t the time to expiry in years (Actual/365 Fixed), finite and {@code >= 0}
   * @param r the continuously compounded risk-free rate, finite
   * @param q the continuous dividend yield, finite
   * @param sigma the volatility, finite and {@code >= 0}
   * @param out the destination, at least {@code offset + Greeks.FIRST_ORDER_SIZE} long
   * @param offset the index of the price in {@code out}
   * @throws IllegalArgumentException if an argument is null, NaN, infinite or out of range, or
   *     {@code out} is too short
   */
  public static void firstOrder(OptionType type, double spot, double strike, double t, double r, double q,
      double sigma, double[] out, int offset) {
    checkDestination(out, offset, Greeks.FIRST_ORDER_SIZE);
    checkInputs(type, spot, strike, t, r, q, sigma);
    double sqrtT = Math.sqrt(t);
    double v = sigma * sqrtT;
    checkVariance(v, sigma);
    double w = type.sign();
    double dfQ = Math.exp(-q * t);
    double dfR = Math.exp(-r * t);
    double discountedSpot = spot * dfQ;
    double discountedStrike = strike * dfR;
    if (v == 0) {
      // The zero-variance limits of deterministic(..).
      double moneyness = w * (discountedSpot - discountedStrike);
      double weight = moneyness > 0 ? 1 : moneyness == 0 ? 0.5 : 0;
      double atForward = moneyness == 0 ? Normal.INV_SQRT_2PI * sqrtT : 0;
      out[offset + Greeks.PRICE] = nonNegative(moneyness);
      out[offset + Greeks.DELTA] = weight * w * dfQ;
      out[offset + Greeks.GAMMA] = 0;
      out[offset + Greeks.VEGA] = spot * dfQ * atForward;
      out[offset + Greeks.THETA] = weight * w * (q * discountedSpot - r * discountedStrike);
      out[offset + Greeks.RHO] = weight * w * t * discountedStrike;
      out[offset + Greeks.DIVIDEND_RHO] = -weight * w * t * discountedSpot;
      return;
    }
    // The same operations as evaluate(..), so the same bits.
    double d1 = d1(logMoneyness(spot, strike) + (r - q) * t, v);
    double d2 = clamp(d1 - v);
    d1 = clamp(d1);
    double gaussian1 = Normal.gaussian(d1);
    double n1 = gaussian1 * Normal.INV_SQRT_2PI;
    double cdf1 = Normal.cdf(w * d1, gaussian1);
    double cdf2 = Normal.cdf(w * d2, gaussian2(d2, gaussian1, discountedSpot, discountedStrike));
    double spotLeg = discountedSpot * cdf1;
    double strikeLeg = discountedStrike * cdf2;
    double densityTerm = discountedSpot * n1;
    out[offset + Greeks.PRICE] = nonNegative(w * (spotLeg - strikeLeg));
    out[offset + Greeks.DELTA] = w * dfQ * cdf1;
    out[offset + Greeks.GAMMA] = dfQ * n1 / (spot * v);
    out[offset + Greeks.VEGA] = densityTerm * sqrtT;
    out[offset + Greeks.THETA] = -densityTerm * v / (2 * t) + w * (q * spotLeg - r * strikeLeg);
    out[offset + Greeks.RHO] = w * t * strikeLeg;
    out[offset + Greeks.DIVIDEND_RHO] = -w * t * spotLeg;
  }

  private static <R> R evaluate(OptionType type, double spot, double strike, double t, double r, double q,
      double sigma, double[] out, int offset, Results<R> results) {
    checkInputs(type, spot, strike, t, r, q, sigma);
    double sqrtT = Math.sqrt(t);
    double v = sigma * sqrtT;
    checkVariance(v, sigma);
    double w = type.sign();
    double dfQ = Math.exp(-q * t);
    double dfR = Math.exp(-r * t);
    double discountedSpot = spot * dfQ;
    double discountedStrike = strike * dfR;
    if (v == 0) {
      return deterministic(w, spot, t, r, q, dfQ, discountedSpot, discountedStrike, sqrtT, out, offset,
          results);
    }
    double d1 = d1(logMoneyness(spot, strike) + (r - q) * t, v);
    double d2 = clamp(d1 - v);
    d1 = clamp(d1);
    double gaussian1 = Normal.gaussian(d1);
    double n1 = gaussian1 * Normal.INV_SQRT_2PI;
    double cdf1 = Normal.cdf(w * d1, gaussian1);
    double cdf2 = Normal.cdf(w * d2, gaussian2(d2, gaussian1, discountedSpot, discountedStrike));
    double spotLeg = discountedSpot * cdf1;
    double strikeLeg = discountedStrike * cdf2;
    double densityTerm = discountedSpot * n1;
    double vega = densityTerm * sqrtT;
    return results.accept(out, offset,
        nonNegative(w * (spotLeg - strikeLeg)),
        w * dfQ * cdf1,
        dfQ * n1 / (spot * v),
        vega,
        -densityTerm * v / (2 * t) + w * (q * spotLeg - r * strikeLeg),
        w * t * strikeLeg,
        -w * t * spotLeg,
        -dfQ * n1 * d2 / sigma,
        vega * d1 * d2 / sigma,
        // (2 (r - q) t - d2 v) / (2 t v) written without the product t v, which underflows for tiny t.
        w * q * dfQ * cdf1 - dfQ * n1 * ((r - q) / v - d2 / (2 * t)));
  }

  /** The zero-variance limits documented in the class comment. */
  private static <R> R deterministic(double w, double spot, double t, double r, double q, double dfQ,
      double discountedSpot, double discountedStrike, double sqrtT, double[] out, int offset,
      Results<R> results) {
    double moneyness = w * (discountedSpot - discountedStrike);
    // 1 in the money, 1/2 exactly at the forward (the limit of N(d1) and N(d2)), 0 out of the money.
    double weight = moneyness > 0 ? 1 : moneyness == 0 ? 0.5 : 0;
    double atForward = moneyness == 0 ? Normal.INV_SQRT_2PI * sqrtT : 0;
    return results.accept(out, offset,
        nonNegative(moneyness),
        weight * w * dfQ,
        0,
        spot * dfQ * atForward,
        weight * w * (q * discountedSpot - r * discountedStrike),
        weight * w * t * discountedStrike,
        -weight * w * t * discountedSpot,
        0.5 * dfQ * atForward,
        0,
        weight * w * q * dfQ);
  }

  /**
   * {@code omega (Sd N(omega d1) - Kd N(omega d2))} floored at 0, the price shared with {@link Black76};
   * the zero-variance limit when {@code v = 0}.
   *
   * @param w omega, +1 or -1
   * @param discountedSpot {@code S e^{-qt}} (Black-76: {@code F e^{-rt}})
   * @param discountedStrike {@code K e^{-rt}}
   * @param logForwardMoneyness {@code ln(F/K)}
   * @param v {@code sigma sqrt(t)}, finite and {@code >= 0}
   */
  static double blackValue(double w, double discountedSpot, double discountedStrike,
      double logForwardMoneyness, double v) {
    if (v == 0) {
      return nonNegative(w * (discountedSpot - discountedStrike));
    }
    double d1 = d1(logForwardMoneyness, v);
    double d2 = clamp(d1 - v);
    d1 = clamp(d1);
    double gaussian1 = Normal.gaussian(d1);
    double gaussian2 = gaussian2(d2, gaussian1, discountedSpot, discountedStrike);
    double value = w * (discountedSpot * Normal.cdf(w * d1, gaussian1)
        - discountedStrike * Normal.cdf(w * d2, gaussian2));
    // Far out of the money the two legs cancel to a rounding error that may be negative.
    return nonNegative(value);
  }

  /**
   * {@code exp(-d2^2/2)} from {@code exp(-d1^2/2)} without a second {@code exp}: since
   * {@code d1^2 - d2^2 = 2 ln(F/K)}, {@code exp(-d2^2/2) = exp(-d1^2/2) F/K} with
   * {@code F/K = S e^{-qt} / (K e^{-rt})}. Computed directly where the first factor has lost precision
   * (subnormal range) or the ratio is extreme.
   */
  static double gaussian2(double d2, double gaussian1, double discountedSpot, double discountedStrike) {
    double ratio = discountedSpot / discountedStrike;
    if (gaussian1 > 1e-290 && ratio < 1e290) {
      return gaussian1 * ratio;
    }
    return Normal.gaussian(d2);
  }

  /** {@code ln(S/K)}, finite for all finite positive inputs even where {@code S/K} over- or underflows. */
  static double logMoneyness(double spot, double strike) {
    double ratio = spot / strike;
    if (ratio > 0 && ratio < Double.POSITIVE_INFINITY) {
      return Math.log(ratio);
    }
    return Math.log(spot) - Math.log(strike);
  }

  /**
   * {@code d1 = ln(F/K) / v + v/2}. The reciprocal of {@code v} is formed while {@code ln} runs, which
   * takes a division off the critical path (the result may differ from a division by one ulp).
   */
  static double d1(double logForwardMoneyness, double v) {
    double inverseV = 1 / v;
    return logForwardMoneyness * inverseV + 0.5 * v;
  }

  /**
   * {@code Math.max(v, 0)} to the bit (NaN stays NaN, {@code -0.0} becomes {@code 0.0}, since
   * {@code -0.0 + 0.0 = 0.0}) with one test that is almost never true, cheaper than the intrinsic's
   * handling of NaN and signed zeros.
   */
  static double nonNegative(double v) {
    return v < 0 ? 0.0 : v + 0.0;
  }

  /**
   * {@code d} limited to {@code [-MAX_D, MAX_D]} (NaN stays NaN): the same as
   * {@code max(-MAX_D, min(MAX_D, d))} with one test that is almost never true, where the two
   * {@code Math} calls cost a few instructions each for their NaN and signed-zero rules.
   */
  static double clamp(double d) {
    return Math.abs(d) > MAX_D ? Math.copySign(MAX_D, d) : d;
  }

  static void checkVariance(double v, double sigma) {
    if (!(v < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "sigma * sqrt(t) must be finite, was " + v + " (sigma " + sigma + ")");
    }
  }

  static void checkDestination(double[] out, int offset) {
    checkDestination(out, offset, Greeks.SIZE);
  }

  private static void checkDestination(double[] out, int offset, int size) {
    Args.notNull(out, "out");
    if (offset < 0 || offset > out.length - size) {
      throw new IllegalArgumentException("offset must be in [0, out.length - " + size + "] = [0, "
          + (out.length - size) + "], was " + offset);
    }
  }

  private static void checkInputs(
      OptionType type, double spot, double strike, double t, double r, double q, double sigma) {
    Args.notNull(type, "type");
    Args.positive(spot, "spot");
    Args.positive(strike, "strike");
    Args.finite(Args.atLeast(t, 0, "t"), "t");
    Args.finite(r, "r");
    Args.finite(q, "q");
    Args.finite(Args.atLeast(sigma, 0, "sigma"), "sigma");
  }
}
