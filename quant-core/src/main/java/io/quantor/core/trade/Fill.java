package io.quantor.core.trade;

import io.quantor.core.internal.Args;
import java.time.Instant;

/**
 * One execution: a quantity of an instrument bought or sold at a price, with its fees. Immutable and
 * validated on construction. A partially filled order has several fills with the same order id.
 *
 * <p><b>Money.</b> The fill moves cash by {@link #cashFlow()} {@code = -signedQuantity * price *
 * multiplier - fees}: a buy pays for the units, a sell receives, and the fees always leave the account
 * (a negative fee is a rebate). A {@link Portfolio} counts the fees once, in cash; position P&amp;L is
 * before fees.
 *
 * <pre>{@code
 * Fill fill = Fill.of(order, 100, 125.32, 1.00, Instant.parse("2024-06-03T14:00:01Z"));
 * fill.notional();    // 12532.0
 * fill.cashFlow();    // -12533.0
 * }</pre>
 *
 * @param orderId the id of the order filled (its {@link OrderRequest#clientOrderId()}), not blank
 * @param instrument the instrument
 * @param side buy or sell
 * @param quantity the unsigned quantity filled, finite and {@code > 0}
 * @param price the execution price, finite and {@code > 0}
 * @param fees commissions and fees in account currency, finite (negative for a rebate)
 * @param time when the fill happened
 */
public record Fill(String orderId, Instrument instrument, Side side, double quantity, double price,
    double fees, Instant time) {

  /**
   * Validates the fill.
   *
   * @param orderId the order id, not null or blank
   * @param instrument the instrument, not null
   * @param side the side, not null
   * @param quantity the quantity, finite and {@code > 0}
   * @param price the price, finite and {@code > 0}
   * @param fees the fees, finite
   * @param time the time, not null
   * @throws IllegalArgumentException if an argument is invalid
   */
  public Fill {
    Instrument.notBlank(orderId, "orderId");
    Args.notNull(instrument, "instrument");
    Args.notNull(side, "side");
    Args.positive(quantity, "quantity");
    Args.positive(price, "price");
    Args.finite(fees, "fees");
    Args.notNull(time, "time");
  }

  /**
   * A fill of (part of) an order, for the order's instrument and side.
   *
   * @param order the order filled
   * @param quantity the unsigned quantity filled, finite and {@code > 0}
   * @param price the execution price, finite and {@code > 0}
   * @param fees the fees, finite
   * @param time when the fill happened
   * @return the fill
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static Fill of(OrderRequest order, double quantity, double price, double fees, Instant time) {
    Args.notNull(order, "order");
    return new Fill(order.clientOrderId(), order.instrument(), order.side(), quantity, price, fees, time);
  }

  /**
   * The change this fill makes to the position.
   *
   * @return {@code side.sign() * quantity}
   */
  public double signedQuantity() {
    return side.sign() * quantity;
  }

  /**
   * The unsigned money value of the units traded.
   *
   * @return {@code quantity * price * multiplier}
   */
  public double notional() {
    return instrument.value(quantity, price);
  }

  /**
   * The change this fill makes to cash, fees included.
   *
   * @return {@code -signedQuantity() * price * multiplier - fees}
   */
  public double cashFlow() {
    return -instrument.value(signedQuantity(), price) - fees;
  }
}
