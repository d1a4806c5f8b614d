package io.quantor.risk.greeks;

import io.quantor.core.internal.Args;

/**
 * A limit on the absolute value of one exposure, for one underlying or for the whole portfolio: the cap
 * is kept when {@code |exposure| <= limit}, so a long and a short exposure of the same size count alike.
 *
 * @param underlying the symbol whose summed exposure is limited, or {@code null} for the portfolio total
 * @param greek the exposure limited (its unit is the limit's unit, see {@link Greek})
 * @param limit the largest absolute exposure allowed, finite and {@code >= 0}
 */
public record GreeksCap(String underlying, Greek greek, double limit) {

  /**
   * Validates the cap.
   *
   * @param underlying the symbol (not blank), or null for the portfolio
   * @param greek the exposure, not null
   * @param limit the limit, finite and {@code >= 0}
   * @throws IllegalArgumentException naming the first invalid argument and its value
   */
  public GreeksCap {
    if (underlying != null) {
      Underlying.checkSymbol(underlying, "underlying");
    }
    Args.notNull(greek, "greek");
    Args.finite(Args.atLeast(limit, 0, "limit"), "limit");
  }

  /**
   * A cap on the portfolio's total exposure.
   *
   * @param greek the exposure
   * @param limit the largest absolute value allowed, finite and {@code >= 0}
   * @return the cap
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static GreeksCap portfolio(Greek greek, double limit) {
    return new GreeksCap(null, greek, limit);
  }

  /**
   * A cap on the summed exposure of the positions on one underlying.
   *
   * @param symbol the underlying symbol, not blank
   * @param greek the exposure
   * @param limit the largest absolute value allowed, finite and {@code >= 0}
   * @return the cap
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static GreeksCap underlying(String symbol, Greek greek, double limit) {
    Underlying.checkSymbol(symbol, "symbol");
    return new GreeksCap(symbol, greek, limit);
  }

  /**
   * Whether this cap limits the portfolio total.
   *
   * @return {@code underlying() == null}
   */
  public boolean isPortfolio() {
    return underlying == null;
  }

  /**
   * Whether an exposure keeps this cap, {@code |exposure| <= limit} (NaN does not).
   *
   * @param exposure the exposure in the cap's units
   * @return true if kept
   */
  public boolean isKeptBy(double exposure) {
    return Math.abs(exposure) <= limit;
  }
}
