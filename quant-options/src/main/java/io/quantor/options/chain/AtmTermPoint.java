package io.quantor.options.chain;

import java.time.LocalDate;

/**
 * One point of the at-the-money term structure: the at-the-forward implied volatility of one expiry
 * ({@link OptionChain#atmTermStructure()}).
 *
 * @param expiry the expiry date
 * @param yearsToExpiry the time to expiry in years (Actual/365 Fixed), {@code > 0}
 * @param volatility the implied volatility at log-moneyness {@code ln(K/F) = 0}
 */
public record AtmTermPoint(LocalDate expiry, double yearsToExpiry, double volatility) {

  /**
   * The total implied variance {@code volatility^2 yearsToExpiry}.
   *
   * @return the total variance
   */
  public double totalVariance() {
    return volatility * volatility * yearsToExpiry;
  }
}
