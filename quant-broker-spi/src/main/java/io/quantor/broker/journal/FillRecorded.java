package io.quantor.broker.journal;

import io.quantor.core.trade.Fill;

/**
 * An execution. Replay books the fill into a fresh {@link io.quantor.core.trade.Portfolio} and applies it
 * to its order with {@link io.quantor.broker.OrderState#fill}, which also moves the order to
 * PARTIALLY_FILLED or FILLED (so no separate status change is journaled for a fill).
 *
 * <pre>{@code
 * journal.append(new FillRecorded("paper", 13, Fill.of(order, 40, 101.25, 0.40, now)));
 * }</pre>
 *
 * @param broker the broker's name, not null (may be empty)
 * @param brokerSequence the broker's event sequence, {@code >= 1}, or {@code 0} for a local record
 * @param fill the execution
 */
public record FillRecorded(String broker, long brokerSequence, Fill fill) implements JournalRecord {

  /**
   * Validates the record.
   *
   * @param broker not null
   * @param brokerSequence {@code >= 0}
   * @param fill not null
   * @throws IllegalArgumentException if an argument is invalid
   */
  public FillRecorded {
    Check.notNull(broker, "broker");
    Check.brokerSequence(brokerSequence);
    Check.notNull(fill, "fill");
  }

  /**
   * {@link JournalRecord.Kind#FILL}.
   *
   * @return the kind
   */
  @Override
  public Kind kind() {
    return Kind.FILL;
  }
}
