package io.quantor.broker.journal;

import io.quantor.broker.ExecutionEvent;
import io.quantor.broker.OrderStatus;

/**
 * One thing worth remembering about a trading session, as the {@link Journal} writes it: a decision (the
 * model's, and the human's in approval mode), an order submitted, an order's status change, a replacement,
 * a fill, or a free-text note. Immutable values; the journal adds the sequence number and time.
 *
 * <p>Events from a broker carry the broker's name and the broker's own event sequence
 * ({@link ExecutionEvent#sequence()}), so a replay can recognise an event journaled twice (by the order
 * manager and by a {@link Journal#asListener(String)} on the same broker) and apply it once. A record made
 * locally, not from a broker event, has broker sequence {@code 0}.
 *
 * <pre>{@code
 * journal.append(new Note("session start"));
 * journal.append(new OrderSubmitted("paper", order));
 * journal.append(JournalRecord.of("paper", event));   // StatusChanged, FillRecorded or OrderReplaced
 * }</pre>
 */
public sealed interface JournalRecord
    permits Decision, OrderSubmitted, StatusChanged, FillRecorded, OrderReplaced, Note {

  /** What a record is; written as the line's {@code kind} member. */
  enum Kind {
    /** A {@link Decision}: the model's decision, possibly with a human review. */
    DECISION,
    /** An {@link OrderSubmitted}: an order sent to a broker. */
    ORDER_SUBMITTED,
    /** A {@link StatusChanged}: an order's status changed without a fill. */
    STATUS_CHANGED,
    /** A {@link FillRecorded}: an execution. */
    FILL,
    /** An {@link OrderReplaced}: a working order got new terms. */
    ORDER_REPLACED,
    /** A {@link Note}: free text, such as a session marker. */
    NOTE
  }

  /**
   * What this record is.
   *
   * @return the kind
   */
  Kind kind();

  /**
   * The record for a broker's execution event: a {@link FillRecorded} if the event reports a fill, an
   * {@link OrderReplaced} if a working order kept its status and got new terms, else a
   * {@link StatusChanged}.
   *
   * @param broker the broker's name, not null (may be empty when unknown)
   * @param event the event
   * @return the record
   * @throws IllegalArgumentException if an argument is null
   */
  static JournalRecord of(String broker, ExecutionEvent event) {
    if (broker == null || event == null) {
      throw new IllegalArgumentException("broker and event must not be null");
    }
    if (event.fill().isPresent()) {
      return new FillRecorded(broker, event.sequence(), event.fill().get());
    }
    OrderStatus from = event.previousStatus();
    if (from == event.status() && from.isWorking()) {
      return new OrderReplaced(broker, event.sequence(), event.order().request(),
          event.order().updatedAt());
    }
    return StatusChanged.of(broker, event.sequence(), from, event.order());
  }
}
