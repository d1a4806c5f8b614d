package io.quantor.core.sim;

import io.quantor.core.internal.Args;

/**
 * One market regime of the generator: a named pair of annualized drift and volatility.
 *
 * <p>Within a regime the log price follows a geometric Brownian motion: over {@code dt} years its increment
 * is normal with mean {@code (drift - volatility^2/2) dt} and standard deviation
 * {@code volatility sqrt(dt)}, so {@code drift} is the expected (arithmetic) growth rate of the price.
 * Both are fractions ({@code 0.20} = 20 %). The bounds keep every simulated number finite.
 *
 * @param name a label for reports (any non-null text)
 * @param drift the annualized drift {@code mu}, in {@code [-10, 10]}
 * @param volatility the annualized volatility {@code sigma}, in {@code [0, 10]}
 */
public record Regime(String name, double drift, double volatility) {

  /**
   * Validates the fields.
   *
   * @param name a label, not null
   * @param drift the annualized drift, in {@code [-10, 10]}
   * @param volatility the annualized volatility, in {@code [0, 10]}
   * @throws IllegalArgumentException if a field is null or out of range, naming it
   */
  public Regime {
    Args.notNull(name, "name");
    Args.inRange(drift, -10, 10, "drift");
    Args.inRange(volatility, 0, 10, "volatility");
  }

  /**
   * Creates a regime.
   *
   * @param name a label
   * @param drift the annualized drift
   * @param volatility the annualized volatility
   * @return the regime
   * @throws IllegalArgumentException if a field is out of range
   */
  public static Regime of(String name, double drift, double volatility) {
    return new Regime(name, drift, volatility);
  }
}
