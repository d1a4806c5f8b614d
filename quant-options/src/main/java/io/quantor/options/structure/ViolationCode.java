package io.quantor.options.structure;

/** Why a structure does not have the shape it claims ({@link Violation#code()}). */
public enum ViolationCode {
  /** The legs are on more than one underlying. */
  MIXED_UNDERLYINGS,
  /** The legs have different contract multipliers. */
  MIXED_MULTIPLIERS,
  /** The kind needs another number of legs. */
  LEG_COUNT,
  /** The kind needs another mix of calls and puts. */
  LEG_TYPES,
  /** The kind needs one expiry and the legs have several. */
  MIXED_EXPIRIES,
  /** A calendar's legs are on one expiry instead of two. */
  SAME_EXPIRY,
  /** Legs that must share a strike (calendar, straddle) do not. */
  STRIKES_DIFFER,
  /** The strikes are out of order (an iron condor's short put at or above its short call). */
  STRIKE_ORDER,
  /** A width between two strikes that must differ is zero or negative. */
  NON_POSITIVE_WIDTH,
  /** The quantity signs do not follow the kind's pattern (which legs are long and which short). */
  QUANTITY_SIGNS,
  /** The quantity sizes do not follow the kind's ratios (1:1, or 1:-2:1 for a butterfly). */
  QUANTITY_RATIO
}
