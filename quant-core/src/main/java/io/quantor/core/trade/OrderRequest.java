package io.quantor.core.trade;

import io.quantor.core.internal.Args;
import java.time.Instant;

/**
 * A request to trade: what a strategy (through its sizer) asks for, before risk gates approve, scale or
 * reject it and before a broker works it. Immutable and validated on construction.
 *
 * <p><b>Quantity and side.</b> The quantity is unsigned ({@code > 0}) and the side gives the direction;
 * {@link #signedQuantity()} is the change the order would make to the position (positive buys). Selling
 * more than is held opens a short: the order does not know the position.
 *
 * <p><b>Prices by type.</b> {@link OrderType#LIMIT} carries a limit price, {@link OrderType#STOP} a stop
 * price, {@link OrderType#STOP_LIMIT} both, {@link OrderType#MARKET} neither. A price the type needs is
 * finite and {@code > 0}; a price it does not use is {@code NaN} (and only {@code NaN}), so a market order
 * cannot carry a stray limit.
 *
 * <p><b>Client order id.</b> The caller's unique id for the order. Brokers treat it as the idempotency key:
 * submitting the same id twice places one order. Fills refer to it ({@link Fill#orderId()}).
 *
 * <pre>{@code
 * Instant now = Instant.parse("2024-06-03T14:00:00Z");
 * OrderRequest buy = OrderRequest.market("ord-1", Instrument.stock("ORCL"), Side.BUY, 100, now);
 * OrderRequest sell = OrderRequest.limit("ord-2", Instrument.stock("ORCL"), Side.SELL, 50, 125.40, now)
 *     .withTimeInForce(TimeInForce.GTC)
 *     .withStrategyId("mean-reversion");
 * buy.signedQuantity();     // 100
 * sell.signedQuantity();    // -50
 * }</pre>
 *
 * @param clientOrderId the caller's unique id, not blank (the idempotency key)
 * @param instrument the instrument
 * @param side buy or sell
 * @param quantity the unsigned quantity in units of the instrument (contracts for derivatives), finite
 *     and {@code > 0}
 * @param type the order type
 * @param limitPrice the limit price if the type has one, else {@code NaN}
 * @param stopPrice the stop (trigger) price if the type has one, else {@code NaN}
 * @param timeInForce how long the order works
 * @param strategyId the strategy that asked for the order, not blank ({@value #DEFAULT_STRATEGY} when
 *     the caller does not say)
 * @param createdAt when the request was made
 */
public record OrderRequest(String clientOrderId, Instrument instrument, Side side, double quantity,
    OrderType type, double limitPrice, double stopPrice, TimeInForce timeInForce, String strategyId,
    Instant createdAt) {

  /** The strategy id the factories use: {@value}. */
  public static final String DEFAULT_STRATEGY = "default";

  /**
   * Validates the request.
   *
   * @param clientOrderId the id, not null or blank
   * @param instrument the instrument, not null
   * @param side the side, not null
   * @param quantity the quantity, finite and {@code > 0}
   * @param type the type, not null
   * @param limitPrice finite and {@code > 0} if {@code type.hasLimitPrice()}, else {@code NaN}
   * @param stopPrice finite and {@code > 0} if {@code type.hasStopPrice()}, else {@code NaN}
   * @param timeInForce the time in force, not null
   * @param strategyId the strategy id, not null or blank
   * @param createdAt the creation time, not null
   * @throws IllegalArgumentException if an argument is invalid
   */
  public OrderRequest {
    Instrument.notBlank(clientOrderId, "clientOrderId");
    Args.notNull(instrument, "instrument");
    Args.notNull(side, "side");
    Args.positive(quantity, "quantity");
    Args.notNull(type, "type");
    checkPrice(limitPrice, type.hasLimitPrice(), type, "limitPrice");
    checkPrice(stopPrice, type.hasStopPrice(), type, "stopPrice");
    Args.notNull(timeInForce, "timeInForce");
    Instrument.notBlank(strategyId, "strategyId");
    Args.notNull(createdAt, "createdAt");
  }

  private static void checkPrice(double price, boolean required, OrderType type, String name) {
    if (required) {
      Args.positive(price, name);
    } else if (!Double.isNaN(price)) {
      throw new IllegalArgumentException(name + " must be NaN for a " + type + " order, was " + price);
    }
  }

  /**
   * A market order, good for the day, for the {@value #DEFAULT_STRATEGY} strategy.
   *
   * @param clientOrderId the caller's unique id
   * @param instrument the instrument
   * @param side buy or sell
   * @param quantity the unsigned quantity, {@code > 0}
   * @param createdAt when the request is made
   * @return the request
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static OrderRequest market(String clientOrderId, Instrument instrument, Side side, double quantity,
      Instant createdAt) {
    return new OrderRequest(clientOrderId, instrument, side, quantity, OrderType.MARKET, Double.NaN,
        Double.NaN, TimeInForce.DAY, DEFAULT_STRATEGY, createdAt);
  }

  /**
   * A limit order, good for the day, for the {@value #DEFAULT_STRATEGY} strategy.
   *
   * @param clientOrderId the caller's unique id
   * @param instrument the instrument
   * @param side buy or sell
   * @param quantity the unsigned quantity, {@code > 0}
   * @param limitPrice the worst acceptable price, finite and {@code > 0}
   * @param createdAt when the request is made
   * @return the request
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static OrderRequest limit(String clientOrderId, Instrument instrument, Side side, double quantity,
      double limitPrice, Instant createdAt) {
    return new OrderRequest(clientOrderId, instrument, side, quantity, OrderType.LIMIT, limitPrice,
        Double.NaN, TimeInForce.DAY, DEFAULT_STRATEGY, createdAt);
  }

  /**
   * A stop (market) order, good for the day, for the {@value #DEFAULT_STRATEGY} strategy.
   *
   * @param clientOrderId the caller's unique id
   * @param instrument the instrument
   * @param side buy or sell
   * @param quantity the unsigned quantity, {@code > 0}
   * @param stopPrice the trigger price, finite and {@code > 0}
   * @param createdAt when the request is made
   * @return the request
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static OrderRequest stop(String clientOrderId, Instrument instrument, Side side, double quantity,
      double stopPrice, Instant createdAt) {
    return new OrderRequest(clientOrderId, instrument, side, quantity, OrderType.STOP, Double.NaN,
        stopPrice, TimeInForce.DAY, DEFAULT_STRATEGY, createdAt);
  }

  /**
   * A stop-limit order, good for the day, for the {@value #DEFAULT_STRATEGY} strategy.
   *
   * @param clientOrderId the caller's unique id
   * @param instrument the instrument
   * @param side buy or sell
   * @param quantity the unsigned quantity, {@code > 0}
   * @param stopPrice the trigger price, finite and {@code > 0}
   * @param limitPrice the limit once triggered, finite and {@code > 0}
   * @param createdAt when the request is made
   * @return the request
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static OrderRequest stopLimit(String clientOrderId, Instrument instrument, Side side,
      double quantity, double stopPrice, double limitPrice, Instant createdAt) {
    return new OrderRequest(clientOrderId, instrument, side, quantity, OrderType.STOP_LIMIT, limitPrice,
        stopPrice, TimeInForce.DAY, DEFAULT_STRATEGY, createdAt);
  }

  /**
   * The change this order would make to the position: {@code side.sign() * quantity}.
   *
   * @return the signed quantity, positive for a buy
   */
  public double signedQuantity() {
    return side.sign() * quantity;
  }

  /**
   * The unsigned money value of the order at a price: {@code quantity * price * multiplier}.
   *
   * @param price the price to value the order at (a mark, the limit price)
   * @return the notional, {@code >= 0} for a price {@code >= 0}
   */
  public double notional(double price) {
    return instrument.value(quantity, price);
  }

  /**
   * This request with another quantity (a gate scaling it down, a partial re-submission).
   *
   * @param newQuantity the unsigned quantity, finite and {@code > 0}
   * @return the new request, everything else unchanged
   * @throws IllegalArgumentException if {@code newQuantity} is invalid
   */
  public OrderRequest withQuantity(double newQuantity) {
    return new OrderRequest(clientOrderId, instrument, side, newQuantity, type, limitPrice, stopPrice,
        timeInForce, strategyId, createdAt);
  }

  /**
   * This request with another time in force.
   *
   * @param newTimeInForce the time in force
   * @return the new request
   * @throws IllegalArgumentException if {@code newTimeInForce} is null
   */
  public OrderRequest withTimeInForce(TimeInForce newTimeInForce) {
    return new OrderRequest(clientOrderId, instrument, side, quantity, type, limitPrice, stopPrice,
        newTimeInForce, strategyId, createdAt);
  }

  /**
   * This request for another strategy.
   *
   * @param newStrategyId the strategy id, not blank
   * @return the new request
   * @throws IllegalArgumentException if {@code newStrategyId} is null or blank
   */
  public OrderRequest withStrategyId(String newStrategyId) {
    return new OrderRequest(clientOrderId, instrument, side, quantity, type, limitPrice, stopPrice,
        timeInForce, newStrategyId, createdAt);
  }

  /**
   * This request under another client order id (a new order with the same terms).
   *
   * @param newClientOrderId the id, not blank
   * @return the new request
   * @throws IllegalArgumentException if {@code newClientOrderId} is null or blank
   */
  public OrderRequest withClientOrderId(String newClientOrderId) {
    return new OrderRequest(newClientOrderId, instrument, side, quantity, type, limitPrice, stopPrice,
        timeInForce, strategyId, createdAt);
  }

  /**
   * Whether {@code other} is the same order: every component equal except the creation time (quantities
   * and prices compared as {@link Double#compare}, so NaN equals NaN). Brokers and order managers use it to
   * tell an idempotent resubmission from a conflicting one under the same client order id.
   *
   * @param other another request, not null
   * @return true if the terms are equal
   */
  public boolean sameTermsAs(OrderRequest other) {
    return clientOrderId.equals(other.clientOrderId) && instrument.equals(other.instrument)
        && side == other.side && Double.compare(quantity, other.quantity) == 0 && type == other.type
        && Double.compare(limitPrice, other.limitPrice) == 0
        && Double.compare(stopPrice, other.stopPrice) == 0 && timeInForce == other.timeInForce
        && strategyId.equals(other.strategyId);
  }
}
