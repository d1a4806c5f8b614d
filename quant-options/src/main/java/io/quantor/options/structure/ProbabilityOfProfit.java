package io.quantor.options.structure;

import io.quantor.core.internal.Args;
import io.quantor.options.internal.Normal;

/**
 * The risk-neutral probability that a single-expiry structure makes money at expiry, in closed form.
 *
 * <p>Under Black-Scholes-Merton dynamics {@code S_T = S exp(nu T + sigma sqrt(T) Z)}, {@code Z} standard
 * normal, {@code nu = r - q - sigma^2/2}, so {@code P(S_T < x) = N(z(x))} with
 * {@code z(x) = (ln(x/S) - nu T) / (sigma sqrt(T))} ({@code N(-d2)} at strike {@code x}). The profit at
 * expiry is piecewise linear, so the event {@code profit(S_T) > 0} is the union of the open price ranges
 * {@link ExpiryProfile#profitRanges()} between breakevens, and
 * <pre>
 *   POP = sum over profit ranges (a, b) of  N(z(b)) - N(z(a)),   N(z(0)) = 0, N(z(infinity)) = 1
 * </pre>
 * (each difference is taken in whichever tail keeps its relative accuracy). Whether the premium is carried
 * to expiry is decided by the profile: {@link ExpiryProfile#of} (not carried, the usual broker figure) or
 * {@link ExpiryProfile#carried} (carried at the risk-free rate; moves the breakevens by the interest on the
 * premium). With zero variance ({@code sigma sqrt(T) = 0}) the terminal price is the forward
 * {@code S e^{(r-q)T}} and the probability is 1 if that lies in a profit range, else 0.
 *
 * <p>This is a probability under the pricing measure (drift {@code r - q}), with one volatility for all
 * strikes; it ignores the smile and the real-world drift, and so is a convention for comparing trades
 * rather than a forecast.
 *
 * <pre>{@code
 * double pop = ProbabilityOfProfit.of(ExpiryProfile.of(condor), 512.3, 30 / 365.0, 0.05, 0.013, 0.16);
 * }</pre>
 */
public final class ProbabilityOfProfit {

  private ProbabilityOfProfit() {
  }

  /**
   * The risk-neutral probability that the profit at expiry is positive.
   *
   * @param profile the structure's expiry profile (which fixes whether premium is carried)
   * @param spot the spot price now, finite and {@code > 0}
   * @param t the time to expiry in years, finite and {@code >= 0}
   * @param r the continuously compounded risk-free rate, finite
   * @param q the continuous dividend yield, finite
   * @param sigma the volatility, finite and {@code >= 0}
   * @return the probability in {@code [0, 1]}
   * @throws IllegalArgumentException if an argument is null or out of range
   */
  public static double of(ExpiryProfile profile, double spot, double t, double r, double q, double sigma) {
    Args.notNull(profile, "profile");
    Args.positive(spot, "spot");
    Args.finite(Args.atLeast(t, 0, "t"), "t");
    Args.finite(r, "r");
    Args.finite(q, "q");
    Args.finite(Args.atLeast(sigma, 0, "sigma"), "sigma");
    double v = sigma * Math.sqrt(t);
    if (!(v > 0)) {
      double terminal = spot * Math.exp((r - q) * t);
      for (PriceRange range : profile.profitRanges()) {
        if (range.contains(terminal)) {
          return 1;
        }
      }
      return 0;
    }
    double drift = (r - q - 0.5 * sigma * sigma) * t;
    double sum = 0;
    for (PriceRange range : profile.profitRanges()) {
      sum += probabilityBetween(range, spot, drift, v);
    }
    return Math.max(0, Math.min(1, sum));
  }

  /** {@code P(a < S_T < b)}, as a difference in the tail where both terms are small. */
  private static double probabilityBetween(PriceRange range, double spot, double drift, double v) {
    double zLower = range.lower() > 0
        ? (Math.log(range.lower() / spot) - drift) / v : Double.NEGATIVE_INFINITY;
    double zUpper = range.isUnbounded()
        ? Double.POSITIVE_INFINITY : (Math.log(range.upper() / spot) - drift) / v;
    if (zLower >= 0) {
      return Normal.cdf(-zLower) - Normal.cdf(-zUpper);
    }
    return Normal.cdf(zUpper) - Normal.cdf(zLower);
  }
}
