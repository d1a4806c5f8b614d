package io.quantor.options.pricing;

import io.quantor.core.internal.Args;
import io.quantor.options.internal.Normal;

/**
 * European options on futures and forwards (Black 1976), discounted with a flat continuously compounded
 * rate: price and Greeks with the forward held fixed.
 *
 * <h2>Model</h2>
 * The forward {@code F} for the option's expiry is lognormal with volatility {@code sigma}; the premium is
 * paid today and discounted with {@code D = e^{-rt}}. With {@code omega = +1} for a call and {@code -1}
 * for a put and {@code v = sigma sqrt(t)},
 * <pre>
 *   d1 = ln(F/K) / v + v/2,   d2 = d1 - v
 *   V  = omega D (F N(omega d1) - K N(omega d2))
 * </pre>
 * (F. Black, "The pricing of commodity contracts", J. Financial Economics 3 (1976) 167-179; Haug,
 * <i>The Complete Guide to Option Pricing Formulas</i>, 2nd ed., sect. 1.1.4). This is
 * {@link BlackScholes} with {@code S = F} and {@code q = r}.
 *
 * <h2>Greeks (futures-option convention: F held fixed)</h2>
 * <pre>
 *   deltaForward = dV/dF     = omega D N(omega d1)
 *   gammaForward = d2V/dF2   = D n(d1) / (F v)
 *   vega         = dV/dsigma = D F n(d1) sqrt(t)
 *   theta        = -dV/dT    = r V - D F n(d1) sigma / (2 sqrt(t))
 *   rho          = dV/dr     = -t V
 * </pre>
 * Theta is per year of calendar time and rho per 1.00 of rate, both with {@code F} (not a spot) held
 * fixed, as for an option on a futures contract.
 *
 * <h2>Zero variance</h2>
 * When {@code v = 0} ({@code t = 0} or {@code sigma = 0}) the price is {@code D max(omega (F - K), 0)};
 * in the money {@code deltaForward = omega D}, {@code theta = r V}, {@code rho = -t V}, gamma and vega 0;
 * out of the money all zero; exactly at {@code F = K}: price 0, {@code deltaForward = omega D / 2},
 * {@code vega = D F sqrt(t) n(0)} (one-sided derivative at {@code sigma = 0}), gamma 0 (it diverges).
 *
 * <h2>Input</h2>
 * {@code forward} and {@code strike} finite and {@code > 0}, {@code t} and {@code sigma} finite and
 * {@code >= 0}, {@code r} finite; otherwise {@link IllegalArgumentException} naming parameter and value.
 */
public final class Black76 {

  private Black76() {
  }

  /**
   * The price of a European option on a forward or futures contract.
   *
   * @param type call or put
   * @param forward the forward (futures) price {@code F} for the option's expiry, finite and {@code > 0}
   * @param strike the strike {@code K}, finite and {@code > 0}
   * @param t the time to expiry in years (Actual/365 Fixed), finite and {@code >= 0}
   * @param r the continuously compounded discount rate, finite
   * @param sigma the volatility of the forward, finite and {@code >= 0}
   * @return the discounted price, never negative
   * @throws IllegalArgumentException if an argument is null, NaN, infinite or out of range
   */
  public static double price(
      OptionType type, double forward, double strike, double t, double r, double sigma) {
    checkInputs(type, forward, strike, t, r, sigma);
    double v = sigma * Math.sqrt(t);
    BlackScholes.checkVariance(v, sigma);
    double df = Math.exp(-r * t);
    return BlackScholes.blackValue(type.sign(), forward * df, strike * df,
        BlackScholes.logMoneyness(forward, strike), v);
  }

  /**
   * The price and Greeks of a European option on a forward or futures contract, forward held fixed.
   *
   * @param type call or put
   * @param forward the forward (futures) price {@code F} for the option's expiry, finite and {@code > 0}
   * @param strike the strike {@code K}, finite and {@code > 0}
   * @param t the time to expiry in years (Actual/365 Fixed), finite and {@code >= 0}
   * @param r the continuously compounded discount rate, finite
   * @param sigma the volatility of the forward, finite and {@code >= 0}
   * @return the price and Greeks
   * @throws IllegalArgumentException if an argument is null, NaN, infinite or out of range
   */
  public static ForwardGreeks greeks(
      OptionType type, double forward, double strike, double t, double r, double sigma) {
    checkInputs(type, forward, strike, t, r, sigma);
    double sqrtT = Math.sqrt(t);
    double v = sigma * sqrtT;
    BlackScholes.checkVariance(v, sigma);
    double w = type.sign();
    double df = Math.exp(-r * t);
    double discountedForward = forward * df;
    double discountedStrike = strike * df;
    if (v == 0) {
      double moneyness = w * (discountedForward - discountedStrike);
      double weight = moneyness > 0 ? 1 : moneyness == 0 ? 0.5 : 0;
      double price = Math.max(moneyness, 0);
      double vega = moneyness == 0 ? discountedForward * sqrtT * Normal.INV_SQRT_2PI : 0;
      return new ForwardGreeks(price, weight * w * df, 0, vega, r * price, -t * price);
    }
    double d1 = BlackScholes.d1(BlackScholes.logMoneyness(forward, strike), v);
    double d2 = BlackScholes.clamp(d1 - v);
    d1 = BlackScholes.clamp(d1);
    double gaussian1 = Normal.gaussian(d1);
    double n1 = gaussian1 * Normal.INV_SQRT_2PI;
    double cdf1 = Normal.cdf(w * d1, gaussian1);
    double gaussian2 = BlackScholes.gaussian2(d2, gaussian1, discountedForward, discountedStrike);
    double cdf2 = Normal.cdf(w * d2, gaussian2);
    double price = Math.max(w * (discountedForward * cdf1 - discountedStrike * cdf2), 0);
    double densityTerm = discountedForward * n1;
    return new ForwardGreeks(price, w * df * cdf1, df * n1 / (forward * v), densityTerm * sqrtT,
        r * price - densityTerm * v / (2 * t), -t * price);
  }

  private static void checkInputs(
      OptionType type, double forward, double strike, double t, double r, double sigma) {
    Args.notNull(type, "type");
    Args.positive(forward, "forward");
    Args.positive(strike, "strike");
    Args.finite(Args.atLeast(t, 0, "t"), "t");
    Args.finite(r, "r");
    Args.finite(Args.atLeast(sigma, 0, "sigma"), "sigma");
  }
}
