package io.quantor.broker.oms;

import io.quantor.core.internal.Args;


/**
 * One way the internal books and a broker disagree, found by a {@link Reconciler}.
 *
 * <pre>{@code
 * for (Difference d : report.differences()) {
 *   if (d.subject() == Difference.Subject.POSITION && d.kind() == Difference.Kind.QUANTITY_MISMATCH) {
 *     alert(d.id() + " off by " + d.difference());
 *   }
 * }
 * }</pre>
 *
 * @param subject an order or a position
 * @param kind what is wrong
 * @param id the client order id, or the position's symbol
 * @param field the compared field ({@code status}, {@code quantity}, {@code filledQuantity},
 *     {@code averageFillPrice}, {@code limitPrice}, {@code stopPrice}, {@code averageCost}), or
 *     {@code "-"} for a missing or unexpected item
 * @param internal the internal value as text, {@code "-"} if the item is missing internally
 * @param broker the broker's value as text, {@code "-"} if the item is missing at the broker
 * @param difference the broker's value minus the internal one for a numeric mismatch, else {@code NaN}
 */
public record Difference(Subject subject, Kind kind, String id, String field, String internal, String broker,
    double difference) {

  /** What is compared. */
  public enum Subject {
    /** An order, by client order id. */
    ORDER,
    /** A position, by symbol. */
    POSITION
  }

  /** What is wrong. */
  public enum Kind {
    /** Known internally (an open order, a non-flat position) but not at the broker. */
    MISSING_AT_BROKER,
    /** At the broker (an order, a non-flat position) but not known internally. */
    UNEXPECTED_AT_BROKER,
    /** A quantity differs beyond the tolerance: ordered or filled quantity, or position size. */
    QUANTITY_MISMATCH,
    /** A price differs beyond the tolerance: average fill price, limit or stop price, average cost. */
    PRICE_MISMATCH,
    /** An order's status differs. */
    STATUS_MISMATCH
  }

  /**
   * Validates the difference.
   *
   * @param subject not null
   * @param kind not null
   * @param id not null
   * @param field not null
   * @param internal not null
   * @param broker not null
   * @param difference any value
   * @throws IllegalArgumentException if a reference is null
   */
  public Difference {
    Args.notNull(subject, "subject");
    Args.notNull(kind, "kind");
    Args.notNull(id, "id");
    Args.notNull(field, "field");
    Args.notNull(internal, "internal");
    Args.notNull(broker, "broker");
  }
}
