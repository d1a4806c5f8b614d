package io.quantor.broker.journal;

import io.quantor.core.trade.OrderRequest;
import java.time.Instant;

/**
 * A working order got new terms (quantity or prices) under the same client order id, as reported by the
 * broker. Replay applies it with {@link io.quantor.broker.OrderState#replace}.
 *
 * <pre>{@code
 * journal.append(new OrderReplaced("paper", 12, order.withQuantity(50), now));
 * }</pre>
 *
 * @param broker the broker's name, not null (may be empty)
 * @param brokerSequence the broker's event sequence, {@code >= 1}, or {@code 0} for a local record
 * @param replacement the new terms
 * @param time when the order was replaced
 */
public record OrderReplaced(String broker, long brokerSequence, OrderRequest replacement, Instant time)
    implements JournalRecord {

  /**
   * Validates the record.
   *
   * @param broker not null
   * @param brokerSequence {@code >= 0}
   * @param replacement not null
   * @param time not null
   * @throws IllegalArgumentException if an argument is invalid
   */
  public OrderReplaced {
    Check.notNull(broker, "broker");
    Check.brokerSequence(brokerSequence);
    Check.notNull(replacement, "replacement");
    Check.notNull(time, "time");
  }

  /**
   * The client order id of the replaced order.
   *
   * @return {@code replacement().clientOrderId()}
   */
  public String clientOrderId() {
    return replacement.clientOrderId();
  }

  /**
   * {@link JournalRecord.Kind#ORDER_REPLACED}.
   *
   * @return the kind
   */
  @Override
  public Kind kind() {
    return Kind.ORDER_REPLACED;
  }
}
