package io.quantor.options.structure;

import io.quantor.core.internal.Args;
import io.quantor.options.internal.Erfcx;
import io.quantor.options.internal.Normal;

/**
 * The risk-neutral probability that the underlying touches a level at some time before expiry, in closed
 * form (the first-passage distribution of Brownian motion with drift).
 *
 * <h2>Formula</h2>
 * With {@code X_t = ln(S_t / S) = nu t + sigma W_t}, {@code nu = r - q - sigma^2/2}, {@code b = ln(H/S)} and
 * {@code v = sigma sqrt(T)}, for a barrier above spot ({@code b > 0})
 * <pre>
 *   P(max_{t &lt;= T} X_t &gt;= b) = N((-b + nu T) / v) + exp(2 nu b / sigma^2) N((-b - nu T) / v)
 * </pre>
 * and for a barrier below ({@code b < 0}) the mirror image
 * {@code N((b - nu T) / v) + exp(2 nu b / sigma^2) N((b + nu T) / v)}
 * (J. M. Harrison, <i>Brownian Motion and Stochastic Flow Systems</i>, Wiley 1985, sect. 1.8; S. Shreve,
 * <i>Stochastic Calculus for Finance II</i>, Springer 2004, sect. 7.2; the formula behind one-touch
 * options, E. Reiner and M. Rubinstein, "Unscrambling the binary code", Risk 4 (1991)).
 *
 * <h2>Numerics</h2>
 * The second term is a huge factor times a tiny one when {@code 2 nu b / sigma^2} is large (a far barrier
 * in the direction of a strong drift, or a small volatility), where the direct product overflows to
 * {@code infinity * 0 = NaN}. Since {@code exp(2 nu b / sigma^2) n(x2) = n(x1)} with
 * {@code x1 = (|b| - s nu T) / v}, {@code x2 = (|b| + s nu T) / v} ({@code s} the sign of {@code b}), the
 * term equals {@code n(x1) N(-x2) / n(x2) = exp(-x1^2 / 2) erfcx(x2 / sqrt 2) / 2} for {@code x2 > 0},
 * with the scaled complementary error function {@code erfcx}; for {@code x2 <= 0} the exponent
 * {@code 2 nu b / sigma^2} is negative and the direct form is safe. Both terms stay in {@code [0, 1]}
 * and the result is never NaN: as {@code T -> 0} or {@code |b| -> infinity} it tends to 0. A barrier at
 * spot is touched with probability 1; with zero variance the path is {@code S e^{(r-q)t}} and the
 * probability is 1 if that reaches the barrier by {@code T}, else 0.
 *
 * <pre>{@code
 * double p = ProbabilityOfTouch.of(100, 110, 0.25, 0.05, 0.0, 0.30);   // touch 110 within 3 months
 * }</pre>
 *
 * <p>Accuracy: against QuantLib 1.29 ({@code ../shared/reference/options/probability_of_touch.csv}) to
 * about 1e-15; see {@code ProbabilityOfTouchReferenceTest}.
 */
public final class ProbabilityOfTouch {

  private static final double SQRT_HALF = Math.sqrt(0.5);

  private ProbabilityOfTouch() {
  }

  /**
   * The probability that the underlying trades at or beyond {@code barrier} at some time in
   * {@code [0, t]} (at or above it when the barrier is above spot, at or below when below).
   *
   * @param spot the spot price, finite and {@code > 0}
   * @param barrier the level, finite and {@code > 0}
   * @param t the time to expiry in years, finite and {@code >= 0}
   * @param r the continuously compounded risk-free rate, finite
   * @param q the continuous dividend yield, finite
   * @param sigma the volatility, finite and {@code >= 0}
   * @return the probability in {@code [0, 1]}
   * @throws IllegalArgumentException if an argument is out of range
   */
  public static double of(double spot, double barrier, double t, double r, double q, double sigma) {
    Args.positive(spot, "spot");
    Args.positive(barrier, "barrier");
    Args.finite(Args.atLeast(t, 0, "t"), "t");
    Args.finite(r, "r");
    Args.finite(q, "q");
    Args.finite(Args.atLeast(sigma, 0, "sigma"), "sigma");
    double b = Math.log(barrier / spot);
    if (b == 0) {
      return 1;
    }
    double nu = r - q - 0.5 * sigma * sigma;
    double v = sigma * Math.sqrt(t);
    // Work with the distance to the barrier and the drift towards it: the down case mirrors the up case.
    double distance = Math.abs(b);
    double driftTowards = Math.signum(b) * nu * t;
    if (!(v > 0)) {
      return driftTowards >= distance ? 1 : 0;
    }
    double x1 = (distance - driftTowards) / v;
    double x2 = (distance + driftTowards) / v;
    double direct = Normal.cdf(-x1);
    double reflected;
    if (x2 > 0) {
      reflected = 0.5 * Math.exp(-0.5 * x1 * x1) * Erfcx.erfcx(x2 * SQRT_HALF);
    } else {
      reflected = Math.exp(2 * nu * b / (sigma * sigma)) * Normal.cdf(-x2);
    }
    return Math.max(0, Math.min(1, direct + reflected));
  }
}
