package io.quantor.broker;

/**
 * Where an order is in its life. The legal transitions form a small state machine that every broker, the
 * paper broker and the backtest obey; {@link OrderState} enforces it and throws on anything else.
 *
 * <pre>
 * NEW --&gt; ACCEPTED --&gt; PARTIALLY_FILLED --&gt; FILLED
 *  |          |              |   ^ (more fills)
 *  |          +--------------+---+--&gt; CANCELED, EXPIRED
 *  +--&gt; REJECTED  (also from ACCEPTED: a venue may reject after acknowledging)
 * </pre>
 *
 * <p>{@link #FILLED}, {@link #CANCELED}, {@link #REJECTED} and {@link #EXPIRED} are terminal: nothing
 * leaves them. A fill may arrive for an {@link #ACCEPTED} or {@link #PARTIALLY_FILLED} order only.
 */
public enum OrderStatus {
  /** Created by the client, not yet acknowledged by the broker. */
  NEW,
  /** Acknowledged and working at the broker; nothing filled yet. */
  ACCEPTED,
  /** Some, not all, of the quantity filled; the rest is working. */
  PARTIALLY_FILLED,
  /** The whole quantity filled. Terminal. */
  FILLED,
  /** Cancelled by the client (or by an IOC/FOK rule) before it filled completely. Terminal. */
  CANCELED,
  /** Refused by the broker or a venue. Terminal. */
  REJECTED,
  /** Its time in force ran out before it filled completely. Terminal. */
  EXPIRED;

  /**
   * Whether nothing can happen to an order in this status any more.
   *
   * @return true for FILLED, CANCELED, REJECTED and EXPIRED
   */
  public boolean isTerminal() {
    return this == FILLED || this == CANCELED || this == REJECTED || this == EXPIRED;
  }

  /**
   * Whether the order is live at the broker and may still fill.
   *
   * @return true for ACCEPTED and PARTIALLY_FILLED
   */
  public boolean isWorking() {
    return this == ACCEPTED || this == PARTIALLY_FILLED;
  }

  /**
   * Whether the state machine allows going from this status to {@code next}. Staying in
   * PARTIALLY_FILLED (another partial fill) is allowed; every other self-transition is not.
   *
   * @param next the status to go to
   * @return true if the transition is legal
   */
  public boolean canTransitionTo(OrderStatus next) {
    if (next == null) {
      return false;
    }
    switch (this) {
      case NEW:
        return next == ACCEPTED || next == REJECTED;
      case ACCEPTED:
        return next == PARTIALLY_FILLED || next == FILLED || next == CANCELED || next == EXPIRED
            || next == REJECTED;
      case PARTIALLY_FILLED:
        return next == PARTIALLY_FILLED || next == FILLED || next == CANCELED || next == EXPIRED;
      default:
        return false;
    }
  }
}
