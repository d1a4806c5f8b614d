package io.quantor.risk.gate;

import io.quantor.core.internal.Args;

/**
 * A decision together with the gate state after it: the state to pass to the next evaluation.
 *
 * @param decision the decision
 * @param state the gate state after the evaluation
 */
public record GateOutcome(Decision decision, GateState state) {

  /**
   * Validates.
   *
   * @param decision the decision, not null
   * @param state the state, not null
   * @throws IllegalArgumentException if an argument is null
   */
  public GateOutcome {
    Args.notNull(decision, "decision");
    Args.notNull(state, "state");
  }
}
