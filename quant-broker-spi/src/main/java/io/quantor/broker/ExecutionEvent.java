package io.quantor.broker;

import io.quantor.core.trade.Fill;
import java.util.Objects;
import java.util.Optional;

/**
 * Something that happened to an order at a broker: a status change, or a fill together with the status it
 * led to. Brokers number their events with a strictly increasing {@link #sequence()}, so a listener can
 * tell a gap or a duplicate; the journal records the events as they come.
 *
 * <pre>{@code
 * broker.subscribe(event -> {
 *   event.fill().ifPresent(f -> log.info("filled {} at {}", f.quantity(), f.price()));
 *   if (event.order().isTerminal()) { ... }
 * });
 * }</pre>
 *
 * @param sequence the broker's event number, {@code >= 1} and strictly increasing per broker
 * @param order the order's state after the event
 * @param previousStatus the status before the event ({@link OrderStatus#NEW} for the first event)
 * @param lastFill the fill this event reports, or {@code null} for a pure status change; use
 *     {@link #fill()}
 */
public record ExecutionEvent(long sequence, OrderState order, OrderStatus previousStatus, Fill lastFill) {

  /**
   * Validates the event.
   *
   * @param sequence {@code >= 1}
   * @param order not null
   * @param previousStatus not null
   * @param lastFill null, or a fill of {@code order}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public ExecutionEvent {
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be >= 1, was " + sequence);
    }
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(previousStatus, "previousStatus");
    if (lastFill != null && !lastFill.orderId().equals(order.clientOrderId())) {
      throw new IllegalArgumentException("fill of order " + lastFill.orderId() + " reported for order "
          + order.clientOrderId());
    }
  }

  /**
   * The fill this event reports.
   *
   * @return the fill, or empty for a status change
   */
  public Optional<Fill> fill() {
    return Optional.ofNullable(lastFill);
  }

  /**
   * The order's status after the event.
   *
   * @return {@code order().status()}
   */
  public OrderStatus status() {
    return order.status();
  }

  /**
   * The client order id the event is about.
   *
   * @return {@code order().clientOrderId()}
   */
  public String clientOrderId() {
    return order.clientOrderId();
  }
}
