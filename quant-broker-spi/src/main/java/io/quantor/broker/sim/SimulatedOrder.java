package io.quantor.broker.sim;

import io.quantor.core.internal.Args;
import io.quantor.core.trade.OrderRequest;
import io.quantor.core.trade.OrderType;
import io.quantor.core.trade.TimeInForce;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The working state of one order inside an {@link ExecutionSimulator}: how much is filled and left,
 * the average fill price, whether a stop has triggered and whether the order is done.
 *
 * <p>Only the simulator changes the state ({@link ExecutionSimulator#match(SimulatedOrder,
 * io.quantor.core.series.Bar) match}, {@link ExecutionSimulator#expireIfDayEnded(SimulatedOrder, Instant,
 * io.quantor.core.series.SessionCalendar) expireIfDayEnded}, {@link ExecutionSimulator#cancel(SimulatedOrder)
 * cancel}, {@link ExecutionSimulator#replace(SimulatedOrder, OrderRequest) replace}); callers read it. A
 * replacement changes the {@linkplain #request() request} and the remaining quantity and keeps the rest.
 * An order is <em>done</em> when it is fully filled or when what is left was cancelled (an IOC remainder,
 * a FOK that could not fill in full, an expired DAY order, a cancel). A done order never fills again.
 * Not thread-safe: one order belongs to one owner (an engine, a paper broker).
 *
 * <p><b>Whole units.</b> When the requested quantity is a whole number, every fill is a whole number
 * too (a participation cap rounds down); a fractional quantity (crypto, fractional shares) fills in
 * fractions. After a replacement, fills are whole when the new quantity and the filled quantity are.
 *
 * <pre>{@code
 * SimulatedOrder order = SimulatedOrder.of(OrderRequest.limit("o-1", orcl, Side.BUY, 100, 120.0, t));
 * Fill fill = simulator.match(order, nextBar);   // null if the bar did not reach 120
 * order.filledQuantity();                         // 100.0 after a full fill
 * order.isDone();                                 // true
 * }</pre>
 */
public final class SimulatedOrder {

  private OrderRequest request;
  private boolean wholeUnits;
  private double remaining;
  private double filled;
  private double filledValue;
  private boolean triggered;
  private boolean done;
  private Instant firstMatch;

  private SimulatedOrder(OrderRequest request) {
    this.request = request;
    double quantity = request.quantity();
    this.wholeUnits = quantity == Math.rint(quantity);
    this.remaining = quantity;
  }

  /**
   * A new working order: nothing filled, not triggered, not done.
   *
   * @param request the order, not null
   * @return the working order
   * @throws IllegalArgumentException if {@code request} is null
   */
  public static SimulatedOrder of(OrderRequest request) {
    return new SimulatedOrder(Args.notNull(request, "request"));
  }

  /**
   * The order this state belongs to: as placed, or as last replaced.
   *
   * @return the request
   */
  public OrderRequest request() {
    return request;
  }

  /**
   * The quantity still to fill. It stays positive when a cancelled or expired order is done with a
   * remainder (the remainder is then no longer working).
   *
   * @return the unfilled quantity, {@code >= 0}; exactly 0 once fully filled
   */
  public double remainingQuantity() {
    return remaining;
  }

  /**
   * The quantity filled so far: the sum of the quantities of the fills the simulator returned.
   *
   * @return the filled quantity, {@code >= 0}
   */
  public double filledQuantity() {
    return filled;
  }

  /**
   * The quantity-weighted mean price of the fills so far, {@code sum(q * p) / sum(q)}.
   *
   * @return the average fill price, or {@code NaN} before the first fill
   */
  public double averageFillPrice() {
    return filled > 0 ? filledValue / filled : Double.NaN;
  }

  /**
   * Whether the stop of a {@link OrderType#STOP} or {@link OrderType#STOP_LIMIT} order has triggered.
   * A triggered stop works as a market order, a triggered stop-limit as a limit order.
   *
   * @return true once triggered; always false for market and limit orders
   */
  public boolean isTriggered() {
    return triggered;
  }

  /**
   * Whether the order no longer works: fully filled, or its remainder cancelled or expired.
   *
   * @return true if done
   */
  public boolean isDone() {
    return done;
  }

  /**
   * Whether the whole quantity has been filled.
   *
   * @return true if nothing remains; {@code isDone() && !isFilled()} means the remainder was cancelled
   */
  public boolean isFilled() {
    return remaining == 0;
  }

  /**
   * When the order first met the market: the time of the first bar or quote it was matched against. A
   * DAY order's trading day is the trading day of this time.
   *
   * @return the time, or empty before the first match (and after a replacement that made the order a
   *     DAY order, until its next match)
   */
  public Optional<Instant> firstMatch() {
    return Optional.ofNullable(firstMatch);
  }

  boolean wholeUnits() {
    return wholeUnits;
  }

  /** {@link #firstMatch()} without allocating, for the per-bar expiry check; null before. */
  Instant firstMatchTime() {
    return firstMatch;
  }

  /** Remembers when the order first met the market (its DAY order session), without allocating. */
  void noteMatch(Instant time) {
    if (firstMatch == null) {
      firstMatch = time;
    }
  }

  void trigger() {
    triggered = true;
  }

  void finish() {
    done = true;
  }

  /**
   * Takes new terms, validated by the simulator, keeping fills, trigger and day. The remaining quantity
   * is left as it is when the quantity does not change, so that identical terms change nothing.
   */
  void replace(OrderRequest replacement) {
    double quantity = replacement.quantity();
    if (quantity != request.quantity()) {
      remaining = quantity - filled;
    }
    wholeUnits = quantity == Math.rint(quantity) && filled == Math.rint(filled);
    if (replacement.timeInForce() == TimeInForce.DAY && request.timeInForce() != TimeInForce.DAY) {
      // A DAY order's day is the day it first meets the market as a DAY order.
      firstMatch = null;
    }
    request = replacement;
  }

  /** Books a fill; {@code finishRest} cancels what is left (IOC). */
  void apply(double quantity, double price, boolean finishRest) {
    filled += quantity;
    filledValue += quantity * price;
    // The last fill takes exactly the remainder, so a filled order has exactly 0 left.
    remaining = quantity == remaining ? 0 : remaining - quantity;
    if (remaining == 0 || finishRest) {
      done = true;
    }
  }

  /**
   * A short description for logs.
   *
   * @return the order id, filled and remaining quantities, and the state
   */
  @Override
  public String toString() {
    return String.format(Locale.ROOT, "SimulatedOrder[%s %s %s %s, filled %s, remaining %s%s%s]",
        request.clientOrderId(), request.side(), request.type(), request.timeInForce(), filled, remaining,
        triggered ? ", triggered" : "", done ? ", done" : "");
  }
}
