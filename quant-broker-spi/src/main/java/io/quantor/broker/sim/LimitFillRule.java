package io.quantor.broker.sim;

/**
 * When a bar shows that a resting limit order was reached. A bar gives only its open, high, low and
 * close, not the queue at the limit price, so whether a limit order exactly at the bar's low (for a buy)
 * was filled is a modelling choice. The rule applies to bars only: against a {@link Quote} a limit order
 * fills when it is marketable (a buy limit when {@code ask <= limit}).
 */
public enum LimitFillRule {
  /**
   * The limit fills when the bar's range touches it: a buy limit when {@code low <= limit}, a sell limit
   * when {@code high >= limit}. Optimistic: it assumes the order was first in the queue at its price.
   */
  TOUCH,
  /**
   * The limit fills only when the bar trades strictly through it: a buy limit when {@code low < limit},
   * a sell limit when {@code high > limit}. Conservative: at least one trade happened at a better price
   * than the limit, so every order resting at the limit must have been filled.
   */
  TRADE_THROUGH;

  /** Whether a buy limit is reached by a market whose lowest price is {@code low}. */
  boolean buyReached(double low, double limit) {
    return this == TOUCH ? low <= limit : low < limit;
  }

  /** Whether a sell limit is reached by a market whose highest price is {@code high}. */
  boolean sellReached(double high, double limit) {
    return this == TOUCH ? high >= limit : high > limit;
  }
}
