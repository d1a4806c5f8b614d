package io.quantor.core.trade;

/**
 * How an order's price is set. The type decides which prices an {@link OrderRequest} carries: a limit
 * price for {@link #LIMIT} and {@link #STOP_LIMIT}, a stop price for {@link #STOP} and {@link #STOP_LIMIT}.
 */
public enum OrderType {
  /** Fill at the market's price. No limit, no stop. */
  MARKET(false, false),
  /** Fill at the limit price or better. */
  LIMIT(true, false),
  /** Becomes a market order once the market trades through the stop price. */
  STOP(false, true),
  /** Becomes a limit order at the limit price once the market trades through the stop price. */
  STOP_LIMIT(true, true);

  private final boolean limitPrice;
  private final boolean stopPrice;

  OrderType(boolean limitPrice, boolean stopPrice) {
    this.limitPrice = limitPrice;
    this.stopPrice = stopPrice;
  }

  /**
   * Whether an order of this type carries a limit price.
   *
   * @return true for {@link #LIMIT} and {@link #STOP_LIMIT}
   */
  public boolean hasLimitPrice() {
    return limitPrice;
  }

  /**
   * Whether an order of this type carries a stop (trigger) price.
   *
   * @return true for {@link #STOP} and {@link #STOP_LIMIT}
   */
  public boolean hasStopPrice() {
    return stopPrice;
  }
}
