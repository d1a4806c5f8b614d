package io.quantor.risk.gate;

/** What a gate, and the pipeline as a whole, decides about an order. */
public enum Verdict {
  /** The order may go ahead unchanged. */
  APPROVE,
  /** The order may go ahead with a smaller quantity. */
  SCALE,
  /** The order must not go ahead. */
  REJECT
}
