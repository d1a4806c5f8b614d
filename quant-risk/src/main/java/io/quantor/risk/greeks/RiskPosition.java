package io.quantor.risk.greeks;

import io.quantor.options.pricing.ExerciseStyle;
import io.quantor.options.pricing.OptionType;

/**
 * A position that Greeks aggregation and stress tests understand: shares of a stock
 * ({@link StockPosition}) or option contracts on an underlying ({@link OptionPosition}).
 *
 * <p>Positions are contract terms and a signed quantity only (positive long, negative short); the prices
 * they are valued at (spot, dividend yield, beta of each underlying and the rate) come from a
 * {@link MarketSnapshot}, so that a stock and the options written on it always see the same spot, and a
 * stress scenario that moves the spot moves both.
 */
public sealed interface RiskPosition permits StockPosition, OptionPosition {

  /**
   * The symbol of the underlying whose spot values this position (a stock's own symbol).
   *
   * @return the underlying symbol
   */
  String underlying();

  /**
   * The signed quantity: shares for a stock, contracts for an option.
   *
   * @return the quantity, positive long, negative short
   */
  double quantity();

  /**
   * The signed number of units of the underlying the position controls: the quantity for a stock,
   * {@code quantity * multiplier} for an option. Every per-unit amount (price, Greek) is scaled by it.
   *
   * @return the units
   */
  double units();

  /**
   * The same position with another quantity (e.g. to scale a structure by a number of units).
   *
   * @param newQuantity the signed quantity, finite
   * @return the new position
   * @throws IllegalArgumentException if {@code newQuantity} is not finite
   */
  RiskPosition withQuantity(double newQuantity);

  /**
   * Shares of a stock.
   *
   * @param symbol the stock symbol, not blank
   * @param quantity signed number of shares, finite
   * @return the position
   * @throws IllegalArgumentException if an argument is invalid
   */
  static StockPosition stock(String symbol, double quantity) {
    return new StockPosition(symbol, quantity);
  }

  /**
   * European option contracts with the usual equity multiplier of {@value OptionPosition#DEFAULT_MULTIPLIER}.
   *
   * @param underlying the underlying symbol, not blank
   * @param type call or put
   * @param strike the strike, finite and {@code > 0}
   * @param expiry time to expiry in years (Actual/365 Fixed), finite and {@code >= 0}
   * @param quantity signed number of contracts, finite
   * @param impliedVol the volatility the option is valued at, finite and {@code > 0}
   * @return the position
   * @throws IllegalArgumentException if an argument is invalid
   */
  static OptionPosition option(String underlying, OptionType type, double strike, double expiry,
      double quantity, double impliedVol) {
    return new OptionPosition(underlying, type, strike, expiry, quantity,
        OptionPosition.DEFAULT_MULTIPLIER, ExerciseStyle.EUROPEAN, impliedVol);
  }
}
