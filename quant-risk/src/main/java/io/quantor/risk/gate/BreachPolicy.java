package io.quantor.risk.gate;

/**
 * What a limit gate does with an order that would break its limit: reject it, or scale it down to the
 * largest whole number of lots that fits (rejecting when not even one lot fits).
 */
public enum BreachPolicy {
  /** Reject the order with the gate's reason code. */
  REJECT,
  /** Cut the order to the largest quantity that fits, with {@link ReasonCode#POSITION_SCALED}. */
  SCALE
}
