package io.quantor.options.pricing;

/**
 * The value of a European option on a forward or futures contract and its sensitivities under Black-76,
 * with the forward held fixed, as returned by
 * {@link Black76#greeks(OptionType, double, double, double, double, double)}.
 *
 * <p>Units follow the project conventions (and QuantLib): per unit of each variable, time in years. This
 * record carries results and does not validate them.
 *
 * @param price the discounted option value
 * @param deltaForward {@code dV/dF}
 * @param gammaForward {@code d2V/dF2}, per unit of forward
 * @param vega {@code dV/dsigma}, per 1.00 of volatility
 * @param theta {@code -dV/dT}, per year of calendar time, F, r and sigma held fixed
 * @param rho {@code dV/dr}, per 1.00 of rate, F held fixed (only the discounting moves)
 */
public record ForwardGreeks(
    double price, double deltaForward, double gammaForward, double vega, double theta, double rho) {

  /**
   * Theta per calendar day, {@code theta / 365}.
   *
   * @return theta per day
   */
  public double thetaPerDay() {
    return theta / 365;
  }

  /**
   * Vega per volatility point (0.01 of volatility), {@code vega / 100}.
   *
   * @return vega per point
   */
  public double vegaPerPoint() {
    return vega / 100;
  }

  /**
   * Rho per percentage point of rate, {@code rho / 100}.
   *
   * @return rho per point
   */
  public double rhoPerPoint() {
    return rho / 100;
  }
}
