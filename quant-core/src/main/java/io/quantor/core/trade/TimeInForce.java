package io.quantor.core.trade;

/** How long an order stays working before the broker cancels what is left of it. */
public enum TimeInForce {
  /** Until the end of the trading day it was submitted on. */
  DAY,
  /** Good till cancelled: until filled or cancelled by the client. */
  GTC,
  /** Immediate or cancel: fill what can be filled at once, cancel the rest. */
  IOC,
  /** Fill or kill: fill the whole quantity at once or nothing. */
  FOK;

  /**
   * Whether the order is cancelled unless it fills on arrival.
   *
   * @return true for {@link #IOC} and {@link #FOK}
   */
  public boolean isImmediate() {
    return this == IOC || this == FOK;
  }

  /**
   * Whether the order may be filled in parts.
   *
   * @return false only for {@link #FOK}
   */
  public boolean allowsPartialFill() {
    return this != FOK;
  }
}
