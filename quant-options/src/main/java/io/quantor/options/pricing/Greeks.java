package io.quantor.options.pricing;

/**
 * The value of a European option and its sensitivities under Black-Scholes-Merton, as returned by
 * {@link BlackScholes#greeks(OptionType, double, double, double, double, double, double)}.
 *
 * <p>Units follow the project conventions (and QuantLib): every Greek is per unit of its variable, time in
 * years. Views per calendar day or per percentage point are the methods named so ({@link #thetaPerDay()},
 * {@link #vegaPerPoint()}, ...). The same ten numbers, in component order, are what
 * {@link BlackScholes#greeks(OptionType, double, double, double, double, double, double, double[], int)}
 * writes into an array; the constants {@link #PRICE} ... {@link #CHARM} are their offsets.
 *
 * <p>This record carries results and does not validate them.
 *
 * @param price the option value
 * @param delta {@code dV/dS}
 * @param gamma {@code d2V/dS2}, per unit of spot
 * @param vega {@code dV/dsigma}, per 1.00 of volatility
 * @param theta {@code -dV/dT}, per year of calendar time (S, r, q, sigma held fixed)
 * @param rho {@code dV/dr}, per 1.00 of rate
 * @param dividendRho {@code dV/dq}, per 1.00 of dividend yield
 * @param vanna {@code d2V/dS dsigma} = {@code d(delta)/dsigma} = {@code d(vega)/dS}
 * @param volga {@code d2V/dsigma2} (vomma), per 1.00 of volatility squared
 * @param charm {@code -d(delta)/dT}, the change of delta per year of calendar time
 */
public record Greeks(
    double price, double delta, double gamma, double vega, double theta, double rho, double dividendRho,
    double vanna, double volga, double charm) {

  /** Offset of the price in an array filled by {@code BlackScholes.greeks(..., double[], int)}. */
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
  /** Offset of the dividend rho. */
  public static final int DIVIDEND_RHO = 6;
  /** Offset of vanna. */
  public static final int VANNA = 7;
  /** Offset of volga. */
  public static final int VOLGA = 8;
  /** Offset of charm. */
  public static final int CHARM = 9;
  /** Number of values: an array filled at {@code offset} needs {@code offset + SIZE} elements. */
  public static final int SIZE = 10;
  /**
   * Number of values of {@code BlackScholes.firstOrder}, price through dividend rho: an array filled at
   * {@code offset} needs {@code offset + FIRST_ORDER_SIZE} elements.
   */
  public static final int FIRST_ORDER_SIZE = 7;

  /** Calendar days per year of the Actual/365 Fixed time convention. */
  private static final double DAYS_PER_YEAR = 365;

  /**
   * Theta per calendar day, {@code theta / 365} (QuantLib's {@code thetaPerDay}): a derivative, not the
   * price change over one day.
   *
   * @return theta per day
   */
  public double thetaPerDay() {
    return theta / DAYS_PER_YEAR;
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

  /**
   * Dividend rho per percentage point of dividend yield, {@code dividendRho / 100}.
   *
   * @return dividend rho per point
   */
  public double dividendRhoPerPoint() {
    return dividendRho / 100;
  }

  /**
   * Charm per calendar day, {@code charm / 365}: the drift of delta per day, spot held fixed.
   *
   * @return charm per day
   */
  public double charmPerDay() {
    return charm / DAYS_PER_YEAR;
  }

  /**
   * The values in component order ({@link #PRICE} ... {@link #CHARM}), a new array.
   *
   * @return the ten values
   */
  public double[] toArray() {
    return new double[] {price, delta, gamma, vega, theta, rho, dividendRho, vanna, volga, charm};
  }
}
