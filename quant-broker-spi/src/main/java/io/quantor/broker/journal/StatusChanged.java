package io.quantor.broker.journal;

import io.quantor.broker.OrderState;
import io.quantor.broker.OrderStatus;
import java.time.Instant;

/**
 * An order's status changed without a fill: accepted, cancelled, rejected or expired. Fields are as the
 * broker reported them; replay applies the transition with {@link OrderState}'s methods and checks the
 * result against them.
 *
 * <pre>{@code
 * journal.append(StatusChanged.of("paper", event.sequence(), event.previousStatus(), event.order()));
 * }</pre>
 *
 * @param broker the broker's name, not null (may be empty)
 * @param brokerSequence the broker's event sequence, {@code >= 1}, or {@code 0} for a local record (such as
 *     a rejection on submission, which brokers report by exception rather than by event)
 * @param clientOrderId the order, not blank
 * @param from the status before
 * @param to the status after
 * @param reason why (for a rejection, cancellation or expiry), not null (may be empty)
 * @param brokerOrderId the broker's id for the order, not null (may be empty)
 * @param filledQuantity the filled quantity as reported, finite and {@code >= 0}
 * @param averageFillPrice the average fill price as reported, {@code NaN} before any fill
 * @param time when the change happened
 */
public record StatusChanged(String broker, long brokerSequence, String clientOrderId, OrderStatus from,
    OrderStatus to, String reason, String brokerOrderId, double filledQuantity, double averageFillPrice,
    Instant time) implements JournalRecord {

  /**
   * Validates the record (not the transition: replay judges that against the order's state).
   *
   * @param broker not null
   * @param brokerSequence {@code >= 0}
   * @param clientOrderId not null or blank
   * @param from not null
   * @param to not null
   * @param reason not null
   * @param brokerOrderId not null
   * @param filledQuantity finite and {@code >= 0}
   * @param averageFillPrice {@code NaN}, or finite and {@code > 0}
   * @param time not null
   * @throws IllegalArgumentException if an argument is invalid
   */
  public StatusChanged {
    Check.notNull(broker, "broker");
    Check.brokerSequence(brokerSequence);
    Check.notBlank(clientOrderId, "clientOrderId");
    Check.notNull(from, "from");
    Check.notNull(to, "to");
    Check.notNull(reason, "reason");
    Check.notNull(brokerOrderId, "brokerOrderId");
    if (!(filledQuantity >= 0) || filledQuantity == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException("filledQuantity must be finite and >= 0, was " + filledQuantity);
    }
    if (!Double.isNaN(averageFillPrice)
        && !(averageFillPrice > 0 && averageFillPrice < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "averageFillPrice must be NaN or finite and > 0, was " + averageFillPrice);
    }
    Check.notNull(time, "time");
  }

  /**
   * The record of an order reaching a state.
   *
   * @param broker the broker's name, not null
   * @param brokerSequence the broker's event sequence, or 0 for a local record
   * @param from the status before
   * @param state the order's state after the change
   * @return the record, with the state's reason, broker order id, filled quantity, average price and time
   * @throws IllegalArgumentException if an argument is invalid
   */
  public static StatusChanged of(String broker, long brokerSequence, OrderStatus from, OrderState state) {
    Check.notNull(state, "state");
    return new StatusChanged(broker, brokerSequence, state.clientOrderId(), from, state.status(),
        state.reason(), state.brokerOrderId(), state.filledQuantity(), state.averageFillPrice(),
        state.updatedAt());
  }

  /**
   * {@link JournalRecord.Kind#STATUS_CHANGED}.
   *
   * @return the kind
   */
  @Override
  public Kind kind() {
    return Kind.STATUS_CHANGED;
  }
}
