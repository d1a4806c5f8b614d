package io.quantor.broker.journal;

import io.quantor.broker.OrderState;
import io.quantor.core.trade.OrderRequest;

/**
 * One order as a journal replay rebuilt it: the broker it went to, the request as first submitted (what
 * idempotent resubmission compares against) and its state after every journaled event.
 *
 * <pre>{@code
 * JournaledOrder o = replay.journaledOrders().get("o-1");
 * o.broker();            // "paper"
 * o.state().status();    // FILLED
 * }</pre>
 *
 * @param broker the broker's name (may be empty)
 * @param submitted the request as first submitted
 * @param state the state after the last journaled event
 */
public record JournaledOrder(String broker, OrderRequest submitted, OrderState state) {

  /**
   * Validates the order.
   *
   * @param broker not null
   * @param submitted not null
   * @param state not null, of the same client order id
   * @throws IllegalArgumentException if an argument is invalid
   */
  public JournaledOrder {
    Check.notNull(broker, "broker");
    Check.notNull(submitted, "submitted");
    Check.notNull(state, "state");
    if (!submitted.clientOrderId().equals(state.clientOrderId())) {
      throw new IllegalArgumentException("state of order " + state.clientOrderId()
          + " does not belong to order " + submitted.clientOrderId());
    }
  }
}
