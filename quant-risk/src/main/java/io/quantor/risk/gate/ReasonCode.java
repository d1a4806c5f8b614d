package io.quantor.risk.gate;

import io.quantor.core.filter.FilterReason;
import io.quantor.core.internal.Args;

/**
 * Why a pre-trade gate decided as it did. Stable names: journals record them and replays compare them.
 */
public enum ReasonCode {
  /** Nothing stood in the way: the order goes ahead unchanged. */
  APPROVED,
  /** A limit gate cut the order to the largest quantity that fits its limit. */
  POSITION_SCALED,
  /** The global kill switch, or the order's strategy's, is on. */
  KILL_SWITCH,
  /** The circuit breaker tripped after consecutive losing trades and its cool-down has not elapsed. */
  CIRCUIT_BREAKER,
  /** The position after the order would put more than the allowed fraction of equity at risk. */
  MAX_POSITION,
  /** Gross exposure after the order would exceed its limit. */
  MAX_GROSS_EXPOSURE,
  /** Net exposure after the order would exceed its limit. */
  MAX_NET_EXPOSURE,
  /** The order's notional exceeds the largest order allowed. */
  MAX_ORDER_NOTIONAL,
  /** The portfolio's drawdown is past the halt threshold and the order would add risk. */
  DRAWDOWN_HALT,
  /** The market data behind the order scores below the minimum quality. */
  DATA_QUALITY,
  /** Expected shortfall after the order would exceed the CVaR budget. */
  CVAR_BREACH,
  /** An aggregate Greek after the order would exceed its cap. */
  GREEKS_LIMIT,
  /** The order's expected edge after costs is below the hurdle. */
  OPPORTUNITY_COST_FAIL,
  /** Outside the trading window: weekend, holiday, before the open or after the close. */
  MARKET_CLOSED,
  /** Too little traded volume, or too little volume history to judge it. */
  LOW_LIQUIDITY,
  /** The quote is missing or unusable. */
  INVALID_QUOTE,
  /** The bid-ask spread is too wide. */
  WIDE_SPREAD,
  /** Too close to an earnings announcement. */
  EARNINGS_BLACKOUT,
  /** The market context lacks an input the gate needs; gates fail closed. */
  MISSING_INPUT;

  /**
   * The reason code of a failed core trade filter.
   *
   * @param reason the filter's reason, not {@link FilterReason#NONE}
   * @return the matching code
   * @throws IllegalArgumentException if {@code reason} is null or {@link FilterReason#NONE}
   */
  public static ReasonCode of(FilterReason reason) {
    switch (Args.notNull(reason, "reason")) {
      case WEEKEND:
      case HOLIDAY:
      case BEFORE_OPEN:
      case AFTER_CLOSE:
        return MARKET_CLOSED;
      case INSUFFICIENT_VOLUME_HISTORY:
      case LOW_VOLUME:
        return LOW_LIQUIDITY;
      case INVALID_QUOTE:
        return INVALID_QUOTE;
      case WIDE_SPREAD:
        return WIDE_SPREAD;
      case EARNINGS_BLACKOUT:
        return EARNINGS_BLACKOUT;
      default:
        throw new IllegalArgumentException("reason must be a failure, was " + reason);
    }
  }
}
