package io.quantor.options.pricing;

import java.util.Locale;

/**
 * The outcome of an implied-volatility solve: the volatility with the number of iterations it took, or
 * the reason there is none.
 *
 * <p>{@code volatility} is meaningful only when {@code status} is {@link ImpliedVolStatus#OK}; otherwise
 * it is 0 (never NaN), and {@code iterations} is 0.
 *
 * @param volatility the annualised implied volatility, as a fraction (0.2 = 20 %); finite and
 *     {@code >= 0} when solved, 0 otherwise
 * @param status {@link ImpliedVolStatus#OK} or why there is no volatility
 * @param iterations the Householder iterations the solve took (usually 1 or 2; at most 8)
 */
public record ImpliedVolResult(double volatility, ImpliedVolStatus status, int iterations) {

  /**
   * Checks the invariants above.
   *
   * @param volatility the volatility
   * @param status the status
   * @param iterations the iteration count
   * @throws IllegalArgumentException if {@code status} is null, {@code iterations} negative, or the
   *     volatility does not fit the status
   */
  public ImpliedVolResult {
    if (status == null) {
      throw new IllegalArgumentException("status must not be null");
    }
    if (iterations < 0) {
      throw new IllegalArgumentException("iterations must be >= 0, was " + iterations);
    }
    boolean fits = status == ImpliedVolStatus.OK
        ? volatility >= 0 && volatility < Double.POSITIVE_INFINITY
        : volatility == 0 && iterations == 0;
    if (!fits) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "volatility must be finite and >= 0 when solved, 0 otherwise; was %s with %s and %d iterations",
          volatility, status, iterations));
    }
  }

  /**
   * A solved result.
   *
   * @param volatility the implied volatility
   * @param iterations the iterations used
   * @return the result with status {@link ImpliedVolStatus#OK}
   */
  public static ImpliedVolResult of(double volatility, int iterations) {
    return new ImpliedVolResult(volatility, ImpliedVolStatus.OK, iterations);
  }

  /**
   * An unsolved result.
   *
   * @param status why there is no volatility (not {@link ImpliedVolStatus#OK})
   * @return the result, volatility 0
   */
  public static ImpliedVolResult failed(ImpliedVolStatus status) {
    return new ImpliedVolResult(0.0, status, 0);
  }

  /**
   * Whether a volatility was found.
   *
   * @return {@code status() == OK}
   */
  public boolean isOk() {
    return status == ImpliedVolStatus.OK;
  }
}
