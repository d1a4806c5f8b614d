package io.quantor.risk.greeks;

import io.quantor.core.internal.Args;

/**
 * Shares of a stock (or of any linear instrument quoted at its spot: an ETF, an index tracker).
 *
 * <p>Its per-share Greeks are delta 1 and gamma, vega and theta 0; its value is {@code quantity * spot}
 * with the spot of {@link #symbol()} in the {@link MarketSnapshot}.
 *
 * @param symbol the stock symbol, not blank
 * @param quantity the signed number of shares, finite (positive long, negative short)
 */
public record StockPosition(String symbol, double quantity) implements RiskPosition {

  /**
   * Validates the position.
   *
   * @param symbol the stock symbol, not blank
   * @param quantity the signed number of shares, finite
   * @throws IllegalArgumentException if the symbol is null or blank or the quantity not finite
   */
  public StockPosition {
    Underlying.checkSymbol(symbol, "symbol");
    Args.finite(quantity, "quantity");
  }

  /**
   * The stock's own symbol: a stock is its own underlying.
   *
   * @return {@link #symbol()}
   */
  @Override
  public String underlying() {
    return symbol;
  }

  /**
   * The number of shares.
   *
   * @return {@link #quantity()}
   */
  @Override
  public double units() {
    return quantity;
  }

  @Override
  public StockPosition withQuantity(double newQuantity) {
    return new StockPosition(symbol, newQuantity);
  }
}
