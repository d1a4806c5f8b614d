package io.quantor.core.filter;

/** Why a trade filter failed; {@link #NONE} when it passed. */
public enum FilterReason {
  /** The filter passed. */
  NONE,
  /** The time falls on a Saturday or a Sunday in the exchange's zone. */
  WEEKEND,
  /** The time falls on an exchange holiday. */
  HOLIDAY,
  /** The time is before the day's trading window. */
  BEFORE_OPEN,
  /** The time is at or after the end of the day's trading window (or its early close). */
  AFTER_CLOSE,
  /** Fewer daily volumes than the liquidity filter averages over. */
  INSUFFICIENT_VOLUME_HISTORY,
  /** The average daily volume is below the minimum. */
  LOW_VOLUME,
  /** The quote is missing or unusable: bid or ask not finite and {@code > 0}, or bid above ask. */
  INVALID_QUOTE,
  /** The bid-ask spread is not below the maximum fraction of the mid price. */
  WIDE_SPREAD,
  /** The trading day is within the blackout window around an earnings date. */
  EARNINGS_BLACKOUT
}
