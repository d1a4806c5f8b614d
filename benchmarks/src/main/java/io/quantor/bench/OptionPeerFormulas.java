package io.quantor.bench;

import com.opengamma.strata.pricer.impl.option.BlackFormulaRepository;
import com.opengamma.strata.pricer.impl.option.BlackScholesFormulaRepository;
import net.finmath.functions.AnalyticFormulas;

/**
 * OpenGamma Strata 2.12 and finmath-lib 6.0 called with the inputs of Quantor's
 * {@code BlackScholes} ({@code S, K, T, r, q, sigma}, call or put): the code the option benchmarks time
 * and {@link OptionAccuracyComparison} checks, so that both see the same mapping.
 *
 * <p>Every method writes or returns the same quantities in Quantor's units: price, {@code delta = dV/dS},
 * {@code gamma = d2V/dS2}, {@code vega = dV/dsigma}, {@code theta = -dV/dT} per year, {@code rho = dV/dr}
 * with {@code q} held fixed.
 *
 * <h2>Strata</h2>
 * {@code BlackScholesFormulaRepository} takes the rate and the cost of carry {@code b = r - q}; its
 * {@code theta} is {@code -dV/dT} and its {@code rho} is {@code omega T K e^{-rT} N(omega d2)}, the
 * derivative with {@code q} fixed (Strata's own Javadoc), so the six calls map one to one. Its implied
 * volatility exists for the Black formula only ({@code BlackFormulaRepository.impliedVolatility(price,
 * forward, strike, T, isCall)}, price in forward terms): it is given the undiscounted price
 * {@code price e^{rT}} and the forward {@code F = S e^{(r-q)T}}; the two {@code exp} are part of the timed
 * work, as Quantor's solver computes the same factors from {@code S, r, q}.
 *
 * <h2>finmath-lib</h2>
 * {@code AnalyticFormulas}' spot Greeks ({@code blackScholesOptionDelta/Gamma/Vega/Theta/Rho(S, r, sigma,
 * T, K)}) are for calls on an asset without dividends. An asset with yield {@code q} and spot {@code S} is,
 * for a European option, the dividend-free asset with spot {@code S' = S e^{-qT}} (the prepaid forward), so
 * with {@code V(S, T) = V0(S e^{-qT}, T)}:
 * <pre>
 *   price = blackScholesGeneralizedOptionValue(F, sigma, T, K, e^{-rT})   (call)
 *         = blackScholesGeneralizedOptionValue(K, sigma, T, F, e^{-rT})   (put, see below)
 *   delta = e^{-qT} N(d1), N(d1) = blackScholesOptionDelta(S', r, sigma, T, K); put: minus e^{-qT}
 *   gamma = e^{-2qT} gamma0(S')    vega = vega0(S')    rho = rho0(S'); put: minus T K e^{-rT}
 *   theta = theta0(S') + q S' N(d1); put: minus q S' and plus r K e^{-rT}
 * </pre>
 * where finmath 6.0.28's {@code blackScholesOptionTheta} is the calendar-time theta {@code -dV0/dT}
 * ({@code -S n(d1) sigma / (2 sqrt T) - r K e^{-rT} N(d2)}, as in Quantor and QuantLib; its sign was
 * checked against both) and {@code q S' N(d1)} is the carry term that {@code T} moves through
 * {@code S' = S e^{-qT}}; put Greeks follow from put-call parity {@code P = C - S e^{-qT} + K e^{-rT}}.
 * finmath has no put formula but the parity inside {@code blackScholesOptionValue(..., false)}, which
 * cancels catastrophically for cheap puts; the symmetry of the Black formula, {@code P(F, K) = C(K, F)}
 * (forward and strike exchanged, same discount factor), gives the put price and the put implied
 * volatility ({@code blackScholesOptionImpliedVolatility(K, T, F, e^{-rT}, price)}) without
 * cancellation, so finmath is shown at its best.
 */
public final class OptionPeerFormulas {

  /** Offset of the price in the arrays filled by {@code *PriceAndGreeks}. */
  public static final int PRICE = 0;
  /** Offset of delta. */
  public static final int DELTA = 1;
  /** Offset of gamma. */
  public static final int GAMMA = 2;
  /** Offset of vega. */
  public static final int VEGA = 3;
  /** Offset of theta. */
  public static final int THETA = 4;
  /** Offset of rho. */
  public static final int RHO = 5;
  /** Number of values written. */
  public static final int SIZE = 6;

  private OptionPeerFormulas() {
  }

  /**
   * Price and the five first-order Greeks from Strata's {@code BlackScholesFormulaRepository}: six calls.
   *
   * @param call true for a call
   * @param spot the spot
   * @param strike the strike
   * @param t the time to expiry in years
   * @param r the rate
   * @param q the dividend yield
   * @param sigma the volatility
   * @param out receives {@link #PRICE} ... {@link #RHO}
   */
  public static void strataPriceAndGreeks(boolean call, double spot, double strike, double t, double r,
      double q, double sigma, double[] out) {
    double b = r - q;
    out[PRICE] = BlackScholesFormulaRepository.price(spot, strike, t, sigma, r, b, call);
    out[DELTA] = BlackScholesFormulaRepository.delta(spot, strike, t, sigma, r, b, call);
    out[GAMMA] = BlackScholesFormulaRepository.gamma(spot, strike, t, sigma, r, b);
    out[VEGA] = BlackScholesFormulaRepository.vega(spot, strike, t, sigma, r, b);
    out[THETA] = BlackScholesFormulaRepository.theta(spot, strike, t, sigma, r, b, call);
    out[RHO] = BlackScholesFormulaRepository.rho(spot, strike, t, sigma, r, b, call);
  }

  /**
   * Strata's Black implied volatility of a Black-Scholes-Merton price, in forward terms.
   *
   * @param call true for a call
   * @param price the option price (present value)
   * @param spot the spot
   * @param strike the strike
   * @param t the time to expiry in years
   * @param r the rate
   * @param q the dividend yield
   * @return Strata's answer
   * @throws RuntimeException whatever Strata throws
   */
  public static double strataImpliedVolatility(boolean call, double price, double spot, double strike,
      double t, double r, double q) {
    double discount = Math.exp(-r * t);
    double forward = spot * Math.exp((r - q) * t);
    return BlackFormulaRepository.impliedVolatility(price / discount, forward, strike, t, call);
  }

  /**
   * Price and the five first-order Greeks from finmath-lib's {@code AnalyticFormulas}, mapped to a
   * dividend yield as in the class comment: six calls.
   *
   * @param call true for a call
   * @param spot the spot
   * @param strike the strike
   * @param t the time to expiry in years
   * @param r the rate
   * @param q the dividend yield
   * @param sigma the volatility
   * @param out receives {@link #PRICE} ... {@link #RHO}
   */
  public static void finmathPriceAndGreeks(boolean call, double spot, double strike, double t, double r,
      double q, double sigma, double[] out) {
    double dfQ = Math.exp(-q * t);
    double dfR = Math.exp(-r * t);
    double prepaid = spot * dfQ;
    double forward = prepaid / dfR;
    double nd1 = AnalyticFormulas.blackScholesOptionDelta(prepaid, r, sigma, t, strike);
    double thetaCall = AnalyticFormulas.blackScholesOptionTheta(prepaid, r, sigma, t, strike)
        + q * prepaid * nd1;
    double rhoCall = AnalyticFormulas.blackScholesOptionRho(prepaid, r, sigma, t, strike);
    out[GAMMA] = dfQ * dfQ * AnalyticFormulas.blackScholesOptionGamma(prepaid, r, sigma, t, strike);
    out[VEGA] = AnalyticFormulas.blackScholesOptionVega(prepaid, r, sigma, t, strike);
    if (call) {
      out[PRICE] = AnalyticFormulas.blackScholesGeneralizedOptionValue(forward, sigma, t, strike, dfR);
      out[DELTA] = dfQ * nd1;
      out[THETA] = thetaCall;
      out[RHO] = rhoCall;
    } else {
      out[PRICE] = AnalyticFormulas.blackScholesGeneralizedOptionValue(strike, sigma, t, forward, dfR);
      out[DELTA] = dfQ * (nd1 - 1);
      out[THETA] = thetaCall - q * prepaid + r * strike * dfR;
      out[RHO] = rhoCall - t * strike * dfR;
    }
  }

  /**
   * finmath-lib's implied volatility of a Black-Scholes-Merton price (puts by the symmetry of the class
   * comment).
   *
   * @param call true for a call
   * @param price the option price (present value)
   * @param spot the spot
   * @param strike the strike
   * @param t the time to expiry in years
   * @param r the rate
   * @param q the dividend yield
   * @return finmath's answer
   * @throws RuntimeException whatever finmath throws
   */
  public static double finmathImpliedVolatility(boolean call, double price, double spot, double strike,
      double t, double r, double q) {
    double discount = Math.exp(-r * t);
    double forward = spot * Math.exp((r - q) * t);
    return call
        ? AnalyticFormulas.blackScholesOptionImpliedVolatility(forward, t, strike, discount, price)
        : AnalyticFormulas.blackScholesOptionImpliedVolatility(strike, t, forward, discount, price);
  }
}
