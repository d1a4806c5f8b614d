package io.quantor.broker.journal;

import io.quantor.core.trade.OrderRequest;

/**
 * An order sent to a broker, journaled before the broker is called (write-ahead): after a crash the
 * journal shows every order that may have been placed, and resubmitting its client order id is safe
 * because brokers are idempotent on it.
 *
 * <pre>{@code
 * journal.append(new OrderSubmitted("paper", OrderRequest.market("o-1", orcl, Side.BUY, 100, now)));
 * }</pre>
 *
 * @param broker the name of the broker the order went to, not null (may be empty when unknown)
 * @param order the full order
 */
public record OrderSubmitted(String broker, OrderRequest order) implements JournalRecord {

  /**
   * Validates the record.
   *
   * @param broker not null
   * @param order not null
   * @throws IllegalArgumentException if an argument is null
   */
  public OrderSubmitted {
    Check.notNull(broker, "broker");
    Check.notNull(order, "order");
  }

  /**
   * {@link JournalRecord.Kind#ORDER_SUBMITTED}.
   *
   * @return the kind
   */
  @Override
  public Kind kind() {
    return Kind.ORDER_SUBMITTED;
  }
}
