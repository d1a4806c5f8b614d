package io.quantor.broker;

import io.quantor.core.trade.Fill;
import io.quantor.core.trade.OrderRequest;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * An order as the broker sees it at one moment: the request, its {@link OrderStatus}, how much has filled
 * and at what average price. Immutable; every event produces a new state through a transition method
 * ({@link #accept}, {@link #fill}, {@link #cancel}, {@link #reject}, {@link #expire}, {@link #replace}),
 * and a transition the state machine forbids throws {@link IllegalStateException}, so an adapter cannot
 * put an order into an impossible state by mistake.
 *
 * <p><b>Invariants</b> (checked on construction): the filled quantity only grows, never exceeds the order
 * quantity (beyond a relative rounding allowance of {@value #QUANTITY_TOLERANCE}), is zero while NEW or
 * ACCEPTED, strictly between zero and the quantity while PARTIALLY_FILLED and equal to it when FILLED; the
 * average fill price is the quantity-weighted mean of the fills ({@code NaN} before the first fill).
 *
 * <pre>{@code
 * OrderState s = OrderState.created(order)          // NEW
 *     .accept("B-17", t0)                            // ACCEPTED
 *     .fill(Fill.of(order, 40, 101.0, 0.4, t1))      // PARTIALLY_FILLED, avg 101.0
 *     .fill(Fill.of(order, 60, 102.0, 0.6, t2));     // FILLED, avg 101.6
 * s.remainingQuantity();   // 0.0
 * }</pre>
 *
 * @param request the order as last submitted or replaced
 * @param status the status
 * @param filledQuantity the unsigned quantity filled so far, {@code >= 0}
 * @param averageFillPrice the quantity-weighted mean fill price, {@code NaN} while nothing has filled
 * @param fees the fees of all fills so far
 * @param brokerOrderId the broker's id for the order, empty until the broker accepts it
 * @param reason why the order was rejected, cancelled or expired; empty otherwise
 * @param updatedAt when this state came about
 */
public record OrderState(OrderRequest request, OrderStatus status, double filledQuantity,
    double averageFillPrice, double fees, String brokerOrderId, String reason, Instant updatedAt) {

  /**
   * The relative allowance for floating-point rounding when comparing filled and ordered quantities:
   * {@value}. A fill that would exceed the order by more than this is refused.
   */
  public static final double QUANTITY_TOLERANCE = 1e-9;

  /**
   * Validates the state.
   *
   * @param request the request, not null
   * @param status the status, not null
   * @param filledQuantity the filled quantity, consistent with the status
   * @param averageFillPrice {@code NaN} when nothing is filled, else finite and {@code > 0}
   * @param fees finite
   * @param brokerOrderId not null
   * @param reason not null
   * @param updatedAt not null
   * @throws IllegalArgumentException if an argument is invalid or the parts contradict each other
   */
  public OrderState {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(brokerOrderId, "brokerOrderId");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (!(filledQuantity >= 0) || filledQuantity > request.quantity() * (1 + QUANTITY_TOLERANCE)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "filledQuantity must be in [0, %s], was %s", request.quantity(), filledQuantity));
    }
    if (!Double.isFinite(fees)) {
      throw new IllegalArgumentException("fees must be finite, was " + fees);
    }
    if (filledQuantity == 0) {
      if (!Double.isNaN(averageFillPrice)) {
        throw new IllegalArgumentException(
            "averageFillPrice must be NaN before any fill, was " + averageFillPrice);
      }
    } else if (!(averageFillPrice > 0) || averageFillPrice == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          "averageFillPrice must be finite and > 0, was " + averageFillPrice);
    }
    boolean complete = isComplete(filledQuantity, request.quantity());
    boolean consistent;
    switch (status) {
      case NEW:
      case ACCEPTED:
      case REJECTED:
        consistent = filledQuantity == 0;
        break;
      case PARTIALLY_FILLED:
        consistent = filledQuantity > 0 && !complete;
        break;
      case FILLED:
        consistent = complete;
        break;
      default: // CANCELED and EXPIRED may end with or without partial fills, but never complete.
        consistent = !complete;
        break;
    }
    if (!consistent) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "status %s contradicts filled quantity %s of %s", status, filledQuantity, request.quantity()));
    }
  }

  private static boolean isComplete(double filled, double quantity) {
    return filled >= quantity * (1 - QUANTITY_TOLERANCE);
  }

  /**
   * A new order, not yet seen by a broker.
   *
   * @param request the order
   * @return the NEW state, stamped with the request's creation time
   */
  public static OrderState created(OrderRequest request) {
    Objects.requireNonNull(request, "request");
    return new OrderState(request, OrderStatus.NEW, 0, Double.NaN, 0, "", "", request.createdAt());
  }

  /**
   * The client order id, the order's idempotency key.
   *
   * @return {@code request().clientOrderId()}
   */
  public String clientOrderId() {
    return request.clientOrderId();
  }

  /**
   * The quantity still to fill; zero once the order is terminal.
   *
   * @return {@code quantity - filled} while the order can still fill, else 0
   */
  public double remainingQuantity() {
    return status.isTerminal() ? 0 : Math.max(0, request.quantity() - filledQuantity);
  }

  /**
   * Whether nothing can happen to this order any more.
   *
   * @return {@code status().isTerminal()}
   */
  public boolean isTerminal() {
    return status.isTerminal();
  }

  /**
   * The broker acknowledged the order.
   *
   * @param newBrokerOrderId the broker's id, not null (may be empty if the broker has none)
   * @param time when
   * @return the ACCEPTED state
   * @throws IllegalStateException if the order is not NEW
   */
  public OrderState accept(String newBrokerOrderId, Instant time) {
    require(OrderStatus.ACCEPTED);
    return new OrderState(request, OrderStatus.ACCEPTED, 0, Double.NaN, 0,
        Objects.requireNonNull(newBrokerOrderId, "brokerOrderId"), "", time);
  }

  /**
   * A fill arrived. The fill must be for this order (same id, instrument and side) and must not take the
   * filled quantity beyond the order's.
   *
   * @param fill the execution
   * @return PARTIALLY_FILLED or FILLED
   * @throws IllegalStateException if the order is not working (ACCEPTED or PARTIALLY_FILLED) or the fill
   *     would over-fill it
   * @throws IllegalArgumentException if the fill belongs to another order, instrument or side
   */
  public OrderState fill(Fill fill) {
    Objects.requireNonNull(fill, "fill");
    if (!fill.orderId().equals(request.clientOrderId()) || !fill.instrument().equals(request.instrument())
        || fill.side() != request.side()) {
      throw new IllegalArgumentException("fill " + fill + " does not belong to order "
          + request.clientOrderId());
    }
    if (!status.isWorking()) {
      throw new IllegalStateException("order " + request.clientOrderId() + " is " + status
          + " and cannot fill");
    }
    double total = filledQuantity + fill.quantity();
    if (total > request.quantity() * (1 + QUANTITY_TOLERANCE)) {
      throw new IllegalStateException(String.format(Locale.ROOT,
          "fill of %s would over-fill order %s: %s already filled of %s", fill.quantity(),
          request.clientOrderId(), filledQuantity, request.quantity()));
    }
    double average = filledQuantity == 0 ? fill.price()
        : (averageFillPrice * filledQuantity + fill.price() * fill.quantity()) / total;
    OrderStatus next = isComplete(total, request.quantity()) ? OrderStatus.FILLED
        : OrderStatus.PARTIALLY_FILLED;
    return new OrderState(request, next, total, average, fees + fill.fees(), brokerOrderId, "",
        fill.time());
  }

  /**
   * The order was cancelled (by the client, or the rest of an IOC order).
   *
   * @param why the reason, not null
   * @param time when
   * @return the CANCELED state, keeping what filled
   * @throws IllegalStateException if the order is not working
   */
  public OrderState cancel(String why, Instant time) {
    require(OrderStatus.CANCELED);
    return new OrderState(request, OrderStatus.CANCELED, filledQuantity, averageFillPrice, fees,
        brokerOrderId, Objects.requireNonNull(why, "reason"), time);
  }

  /**
   * The broker or a venue refused the order.
   *
   * @param why the reason, not null
   * @param time when
   * @return the REJECTED state
   * @throws IllegalStateException if the order is neither NEW nor ACCEPTED
   */
  public OrderState reject(String why, Instant time) {
    require(OrderStatus.REJECTED);
    return new OrderState(request, OrderStatus.REJECTED, 0, Double.NaN, 0, brokerOrderId,
        Objects.requireNonNull(why, "reason"), time);
  }

  /**
   * The order's time in force ran out.
   *
   * @param why the reason, not null (for example "end of day")
   * @param time when
   * @return the EXPIRED state, keeping what filled
   * @throws IllegalStateException if the order is not working
   */
  public OrderState expire(String why, Instant time) {
    require(OrderStatus.EXPIRED);
    return new OrderState(request, OrderStatus.EXPIRED, filledQuantity, averageFillPrice, fees,
        brokerOrderId, Objects.requireNonNull(why, "reason"), time);
  }

  /**
   * The working order was modified: a new quantity or new prices. The replacement must keep the client
   * order id, instrument, side and type, and its quantity must exceed what already filled.
   *
   * @param replacement the new terms
   * @param time when
   * @return the state with the new request, same status and fills
   * @throws IllegalStateException if the order is not working
   * @throws IllegalArgumentException if the replacement changes identity or undercuts the filled quantity
   */
  public OrderState replace(OrderRequest replacement, Instant time) {
    Objects.requireNonNull(replacement, "replacement");
    if (!status.isWorking()) {
      throw new IllegalStateException("order " + request.clientOrderId() + " is " + status
          + " and cannot be replaced");
    }
    if (!replacement.clientOrderId().equals(request.clientOrderId())
        || !replacement.instrument().equals(request.instrument()) || replacement.side() != request.side()
        || replacement.type() != request.type()) {
      throw new IllegalArgumentException("a replacement must keep the client order id, instrument, side "
          + "and type of order " + request.clientOrderId());
    }
    if (isComplete(filledQuantity, replacement.quantity())) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "replacement quantity %s must exceed the filled quantity %s", replacement.quantity(),
          filledQuantity));
    }
    return new OrderState(replacement, status, filledQuantity, averageFillPrice, fees, brokerOrderId, "",
        time);
  }

  private void require(OrderStatus next) {
    if (!status.canTransitionTo(next)) {
      throw new IllegalStateException("order " + request.clientOrderId() + " cannot go from " + status
          + " to " + next);
    }
  }
}
