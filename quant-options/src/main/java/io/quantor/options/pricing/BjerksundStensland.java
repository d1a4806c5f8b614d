package io.quantor.options.pricing;

import io.quantor.options.internal.Normal;
import java.util.Locale;

/**
 * The Bjerksund-Stensland approximations of American option prices under Black-Scholes-Merton dynamics
 * with a continuous dividend yield: the 1993 flat exercise boundary ({@link #price}) and the 2002
 * two-step boundary ({@link #price2002}).
 *
 * <p>Both value a concrete, generally sub-optimal exercise strategy exactly: exercise the call as soon
 * as the spot reaches a trigger price. They are therefore <b>lower bounds</b> of the true American price
 * (up to the rounding of the formulas), which the tests check against an accurate reference. The
 * flip side: where the trigger is poorly placed the value can fall below the European value and even
 * below the intrinsic value (deep in-the-money calls with {@code r} near 0 and high volatility, by several
 * percent of the strike; QuantLib's engine returns the same numbers). {@code Math.max} with
 * {@link BlackScholes#price} and {@link OptionType#payoff} is then a better lower bound; it is not applied
 * here, so that {@link #price} stays QuantLib's formula. The value is also not exactly monotone in
 * volatility (by up to about 1e-4 K).
 *
 * <p><b>1993 (flat boundary).</b> With {@code b = r - q},
 * <pre>
 *   beta  = (1/2 - b/sigma^2) + sqrt((b/sigma^2 - 1/2)^2 + 2r/sigma^2)
 *   B_inf = beta/(beta - 1) K,   B_0 = max(K, r/(r - b) K)
 *   h(T)  = -(bT + 2 sigma sqrt T) B_0/(B_inf - B_0),   I = B_0 + (B_inf - B_0)(1 - e^{h(T)})
 *   alpha = (I - K) I^{-beta}
 *   C = alpha S^beta - alpha phi(S,T,beta,I,I) + phi(S,T,1,I,I) - phi(S,T,1,K,I)
 *       - K phi(S,T,0,I,I) + K phi(S,T,0,K,I)                        for S &lt; I,   C = S - K otherwise,
 *   phi(S,T,g,H,I) = e^{lambda} S^g [N(d) - (I/S)^kappa N(d - 2 ln(I/S)/(sigma sqrt T))],
 *   lambda = (-r + g b + g(g-1) sigma^2/2) T,  d = -(ln(S/H) + (b + (g - 1/2) sigma^2) T)/(sigma sqrt T),
 *   kappa = 2b/sigma^2 + 2g - 1.
 * </pre>
 * This is the formulation of QuantLib 1.29's {@code BjerksundStenslandApproximationEngine}; prices agree
 * with that engine to rounding.
 *
 * <p><b>2002 (two-step boundary).</b> The trigger is {@code I2} until {@code t1 = (sqrt 5 - 1) T/2} and
 * {@code I1} after it, with {@code h(tau) = -(b tau + 2 sigma sqrt tau) K^2/((B_inf - B_0) B_0)},
 * {@code I1 = B_0 + (B_inf - B_0)(1 - e^{h(t1)})}, {@code I2 = B_0 + (B_inf - B_0)(1 - e^{h(T)})}; the
 * value adds bivariate-normal terms {@code psi} for the second period (Bjerksund and Stensland 2002,
 * eq. 16-17; Haug 2007, section 3.4). It is usually closer to the true price than the 1993 version (on
 * the shared American grid: median error 8.9e-4 against 2.2e-3), but not always (long-dated, high
 * volatility options with large early-exercise premia can come out lower).
 *
 * <p><b>Puts</b> use the put-call transformation {@code P(S, K, T, r, q, sigma) = C(K, S, T, q, r, sigma)}
 * (Bjerksund and Stensland 1993). <b>Early exercise never optimal:</b> a call with {@code q <= 0} or a put
 * with {@code r <= 0} is priced as the European option ({@link BlackScholes#price}), exactly.
 *
 * <p><b>Domain.</b> {@code spot, strike, sigma > 0}, {@code t >= 0}, {@code r, q} finite; {@code t = 0}
 * gives the intrinsic value. When early exercise is possible the rate of the transformed call must be
 * {@code >= 0}: {@code r >= 0} for a call with {@code q > 0}, {@code q >= 0} for a put with {@code r > 0}.
 * Where the formula's trigger falls below the strike (possible only if {@code q - r > 2 sigma / sqrt T}
 * for a call, mirrored for a put) the approximation is not defined and an exception says so, as in
 * QuantLib.
 *
 * <p>References: P. Bjerksund and G. Stensland (1993), "Closed-form approximation of American options",
 * <i>Scandinavian Journal of Management</i> 9, S87-S99; P. Bjerksund and G. Stensland (2002),
 * "Closed form valuation of American options", working paper, NHH Bergen; E. G. Haug (2007), <i>The
 * Complete Guide to Option Pricing Formulas</i>, 2nd ed., sections 3.4-3.5.
 *
 * <pre>{@code
 * double call = BjerksundStensland.price(OptionType.CALL, 42, 40, 0.75, 0.04, 0.08, 0.35); // 5.2704
 * double refined = BjerksundStensland.price2002(OptionType.CALL, 42, 40, 0.75, 0.04, 0.08, 0.35);
 * }</pre>
 */
public final class BjerksundStensland {

  /** The 2002 split of the time to expiry, {@code t1 = (sqrt 5 - 1)/2 T} (the golden section). */
  private static final double GOLDEN_SPLIT = 0.5 * (Math.sqrt(5.0) - 1.0);

  private BjerksundStensland() {
  }

  /**
   * The 1993 flat-boundary approximation (the one QuantLib 1.29's engine implements).
   *
   * @param type call or put
   * @param spot the underlying price {@code S > 0}
   * @param strike the strike {@code K > 0}
   * @param t time to expiry in years (Actual/365), {@code >= 0}
   * @param r continuously compounded risk-free rate
   * @param q continuously compounded dividend yield
   * @param sigma volatility, {@code > 0}
   * @return the approximate American price, {@code >= 0}
   * @throws IllegalArgumentException for bad input or parameters outside the approximation's domain
   */
  public static double price(OptionType type, double spot, double strike, double t, double r, double q,
      double sigma) {
    return value(false, type, spot, strike, t, r, q, sigma);
  }

  /**
   * The 2002 two-step-boundary approximation.
   *
   * @param type call or put
   * @param spot the underlying price {@code S > 0}
   * @param strike the strike {@code K > 0}
   * @param t time to expiry in years (Actual/365), {@code >= 0}
   * @param r continuously compounded risk-free rate
   * @param q continuously compounded dividend yield
   * @param sigma volatility, {@code > 0}
   * @return the approximate American price, {@code >= 0}
   * @throws IllegalArgumentException for bad input or parameters outside the approximation's domain
   */
  public static double price2002(OptionType type, double spot, double strike, double t, double r,
      double q, double sigma) {
    return value(true, type, spot, strike, t, r, q, sigma);
  }

  private static double value(boolean refined, OptionType type, double spot, double strike, double t,
      double r, double q, double sigma) {
    AmericanInputs.check(type, spot, strike, t, r, q, sigma);
    if (t == 0) {
      return type.payoff(spot, strike);
    }
    boolean call = type == OptionType.CALL;
    // The put is the call with spot and strike, rate and yield exchanged.
    double s = call ? spot : strike;
    double k = call ? strike : spot;
    double rate = call ? r : q;
    double yield = call ? q : r;
    if (Math.exp(-yield * t) >= 1.0) {
      return BlackScholes.price(type, spot, strike, t, r, q, sigma);
    }
    if (!(rate >= 0)) {
      throw new IllegalArgumentException(call
          ? String.format(Locale.ROOT,
              "r must be >= 0 for the Bjerksund-Stensland approximation of an American call with q > 0,"
                  + " was %s", r)
          : String.format(Locale.ROOT,
              "q must be >= 0 for the Bjerksund-Stensland approximation of an American put with r > 0,"
                  + " was %s", q));
    }
    return refined ? call2002(s, k, t, rate, yield, sigma) : call1993(s, k, t, rate, yield, sigma);
  }

  /** The 1993 call, with {@code q > 0} and {@code r >= 0}. */
  private static double call1993(double s, double k, double t, double r, double q, double sigma) {
    double variance = sigma * sigma;
    double b = r - q;
    double beta = beta(b, r, variance);
    double bInf = beta / (beta - 1.0) * k;
    double b0 = Math.max(k, r / (r - b) * k);
    double h = -(b * t + 2.0 * sigma * Math.sqrt(t)) * b0 / (bInf - b0);
    double trigger = b0 + (bInf - b0) * (1.0 - Math.exp(h));
    requireTriggerAboveStrike(trigger, k);
    if (s >= trigger) {
      return s - k;
    }
    // alpha S^beta = (I - K)(S/I)^beta: I^-beta alone underflows for small volatilities (beta ~ 1/sigma).
    double premium = trigger - k;
    return premium * Math.pow(s / trigger, beta)
        - premium * phi(s, t, beta, trigger, trigger, trigger, r, b, sigma)
        + phi(s, t, 1.0, trigger, trigger, 1.0, r, b, sigma)
        - phi(s, t, 1.0, k, trigger, 1.0, r, b, sigma)
        - k * phi(s, t, 0.0, trigger, trigger, 1.0, r, b, sigma)
        + k * phi(s, t, 0.0, k, trigger, 1.0, r, b, sigma);
  }

  /** The 2002 call, with {@code q > 0} and {@code r >= 0}. */
  private static double call2002(double s, double k, double t, double r, double q, double sigma) {
    double variance = sigma * sigma;
    double b = r - q;
    double t1 = GOLDEN_SPLIT * t;
    double beta = beta(b, r, variance);
    double bInf = beta / (beta - 1.0) * k;
    double b0 = Math.max(k, r / (r - b) * k);
    double scale = k * k / ((bInf - b0) * b0);
    double h1 = -(b * t1 + 2.0 * sigma * Math.sqrt(t1)) * scale;
    double h2 = -(b * t + 2.0 * sigma * Math.sqrt(t)) * scale;
    double i1 = b0 + (bInf - b0) * (1.0 - Math.exp(h1));
    double i2 = b0 + (bInf - b0) * (1.0 - Math.exp(h2));
    requireTriggerAboveStrike(Math.min(i1, i2), k);
    if (s >= i2) {
      return s - k;
    }
    // alpha_i S^beta = (I_i - K)(S/I_i)^beta, as in the 1993 version.
    double premium1 = i1 - k;
    double premium2 = i2 - k;
    return premium2 * Math.pow(s / i2, beta)
        - premium2 * phi(s, t1, beta, i2, i2, i2, r, b, sigma)
        + phi(s, t1, 1.0, i2, i2, 1.0, r, b, sigma)
        - phi(s, t1, 1.0, i1, i2, 1.0, r, b, sigma)
        - k * phi(s, t1, 0.0, i2, i2, 1.0, r, b, sigma)
        + k * phi(s, t1, 0.0, i1, i2, 1.0, r, b, sigma)
        + premium1 * phi(s, t1, beta, i1, i2, i1, r, b, sigma)
        - premium1 * psi(s, t, beta, i1, i2, i1, t1, i1, r, b, sigma)
        + psi(s, t, 1.0, i1, i2, i1, t1, 1.0, r, b, sigma)
        - psi(s, t, 1.0, k, i2, i1, t1, 1.0, r, b, sigma)
        - k * psi(s, t, 0.0, i1, i2, i1, t1, 1.0, r, b, sigma)
        + k * psi(s, t, 0.0, k, i2, i1, t1, 1.0, r, b, sigma);
  }

  /** The exponent {@code beta} of the perpetual call, the positive root of the characteristic equation. */
  private static double beta(double b, double r, double variance) {
    double x = b / variance - 0.5;
    return -x + Math.sqrt(x * x + 2.0 * r / variance);
  }

  private static void requireTriggerAboveStrike(double trigger, double strike) {
    if (!(trigger >= strike)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "Bjerksund-Stensland approximation not applicable: exercise trigger %s below strike %s"
              + " (dividend yield far above the rate for this volatility and expiry)", trigger, strike));
    }
  }

  /**
   * {@code base^-gamma phi(S,T,gamma,H,I)}, where {@code phi} is the value of a claim paying
   * {@code S_T^gamma} if {@code S_T <= H} and the spot never reaches {@code I} before {@code T}
   * (Bjerksund and Stensland 1993). The scale {@code base} keeps {@code S^gamma} finite for large
   * {@code gamma}.
   */
  private static double phi(double s, double t, double gamma, double h, double trigger, double base,
      double r, double b, double sigma) {
    double variance = sigma * sigma;
    double stdDev = sigma * Math.sqrt(t);
    double lambda = (-r + gamma * b + 0.5 * gamma * (gamma - 1.0) * variance) * t;
    double d = -(Math.log(s / h) + (b + (gamma - 0.5) * variance) * t) / stdDev;
    double kappa = 2.0 * b / variance + (2.0 * gamma - 1.0);
    double logRatio = Math.log(trigger / s);
    return Math.exp(lambda) * Math.pow(s / base, gamma)
        * (Normal.cdf(d) - powTimes(trigger / s, kappa, Normal.cdf(d - 2.0 * logRatio / stdDev)));
  }

  /**
   * {@code base^-gamma psi(S,T,gamma,H,I2,I1,t1)}, where {@code psi} is the two-period analogue of
   * {@link #phi} with trigger {@code I2} before {@code t1} and {@code I1} after it (Bjerksund and
   * Stensland 2002; Haug 2007, section 3.5).
   */
  private static double psi(double s, double t, double gamma, double h, double i2, double i1, double t1,
      double base, double r, double b, double sigma) {
    double variance = sigma * sigma;
    double drift = b + (gamma - 0.5) * variance;
    double sd1 = sigma * Math.sqrt(t1);
    double sd = sigma * Math.sqrt(t);
    double e1 = (Math.log(s / i1) + drift * t1) / sd1;
    double e2 = (Math.log(i2 * i2 / (s * i1)) + drift * t1) / sd1;
    double e3 = (Math.log(s / i1) - drift * t1) / sd1;
    double e4 = (Math.log(i2 * i2 / (s * i1)) - drift * t1) / sd1;
    double f1 = (Math.log(s / h) + drift * t) / sd;
    double f2 = (Math.log(i2 * i2 / (s * h)) + drift * t) / sd;
    double f3 = (Math.log(i1 * i1 / (s * h)) + drift * t) / sd;
    double f4 = (Math.log(s * i1 * i1 / (h * i2 * i2)) + drift * t) / sd;
    double rho = Math.sqrt(t1 / t);
    double lambda = -r + gamma * b + 0.5 * gamma * (gamma - 1.0) * variance;
    double kappa = 2.0 * b / variance + (2.0 * gamma - 1.0);
    return Math.exp(lambda * t) * Math.pow(s / base, gamma)
        * (BivariateNormal.cdf(-e1, -f1, rho)
            - powTimes(i2 / s, kappa, BivariateNormal.cdf(-e2, -f2, rho))
            - powTimes(i1 / s, kappa, BivariateNormal.cdf(-e3, -f3, -rho))
            + powTimes(i1 / i2, kappa, BivariateNormal.cdf(-e4, -f4, -rho)));
  }

  /**
   * {@code ratio^exponent p} for a probability {@code p}, formed in logarithms: with a tiny volatility the
   * power alone overflows while {@code p} is 0 or tiny, and their product is small.
   */
  private static double powTimes(double ratio, double exponent, double p) {
    return p > 0 ? Math.exp(exponent * Math.log(ratio) + Math.log(p)) : 0.0;
  }
}
