package io.quantor.risk.model;

/** What a portfolio risk model asks the engine to do when it fires. */
public enum RiskAction {
  /** Stop opening new risk; keep the positions (exits remain allowed). */
  HALT,
  /** Close every open position and stop trading. */
  LIQUIDATE,
  /** Close one or more positions (targets 0). */
  CLOSE,
  /** Cut one or more positions to a smaller target quantity of the same sign. */
  REDUCE
}
