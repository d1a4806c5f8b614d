package io.quantor.options.pricing;

/**
 * Why an implied-volatility solve did or did not produce a volatility ({@link ImpliedVolResult#status()}).
 *
 * <p>Every status but {@link #OK} has a negative {@link #code()}: the fast paths
 * {@link ImpliedVolatility#blackScholesVolatility} and {@link ImpliedVolatility#black76Volatility} return
 * the volatility ({@code >= 0}) or that code, never NaN, and {@link #of(double)} turns their result back
 * into a status.
 */
public enum ImpliedVolStatus {
  /** Solved: the volatility reprices the option to the rounding of the inputs. */
  OK(0),
  /**
   * The price is below the option's lower no-arbitrage bound, its discounted intrinsic value
   * {@code max(omega (S e^{-qT} - K e^{-rT}), 0)} (by more than the rounding of that bound): no
   * volatility gives it.
   */
  BELOW_INTRINSIC(-1),
  /**
   * The price is at or above the upper no-arbitrage bound, {@code S e^{-qT}} for a call and
   * {@code K e^{-rT}} for a put (the forward-measure values of the underlying and of the strike): no
   * finite volatility gives it.
   */
  ABOVE_MAXIMUM(-2),
  /**
   * The price equals the lower bound to within the rounding of that bound: the option has no time
   * value, which every small enough volatility reproduces, so the volatility is undetermined (its limit
   * is 0).
   */
  NO_TIME_VALUE(-3),
  /** The time to expiry is 0: the price is the payoff whatever the volatility. */
  ZERO_EXPIRY(-4);

  /** {@link #values()} once: that method returns a fresh copy on every call. */
  private static final ImpliedVolStatus[] VALUES = values();

  private final int code;

  ImpliedVolStatus(int code) {
    this.code = code;
  }

  /**
   * The value the fast paths return for this status: 0 for {@link #OK} (which they replace by the
   * volatility), a negative number for the others.
   *
   * @return the code
   */
  public double code() {
    return code;
  }

  /**
   * The status of a fast-path result: {@link #OK} for a volatility {@code >= 0}, else the status whose
   * {@link #code()} it is.
   *
   * @param volatilityOrCode the result of {@link ImpliedVolatility#blackScholesVolatility} or
   *     {@link ImpliedVolatility#black76Volatility}
   * @return the status
   * @throws IllegalArgumentException if the value is NaN or a negative number that is no status code
   */
  public static ImpliedVolStatus of(double volatilityOrCode) {
    if (volatilityOrCode >= 0) {
      return OK;
    }
    for (ImpliedVolStatus s : VALUES) {
      if (s.code == volatilityOrCode && s != OK) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "volatilityOrCode must be >= 0 or a status code, was " + volatilityOrCode);
  }
}
