package io.quantor.risk.gate;

import io.quantor.core.internal.Args;

/**
 * Rejects every order while the global kill switch, or the kill switch of the order's strategy, is on
 * ({@link ReasonCode#KILL_SWITCH}). The switches live in the {@link GateState}; this gate has no
 * configuration. Exits are blocked too: a kill switch stops all order flow, and flattening is the
 * operator's explicit act.
 *
 * <pre>{@code
 * GateState state = GateState.initial().killStrategy("momentum");
 * new KillSwitchGate().check(GateInput.of(order, book.snapshot(), market, state));   // KILL_SWITCH
 * }</pre>
 */
public final class KillSwitchGate implements PreTradeGate {

  /** The gate's name: {@value}. */
  public static final String NAME = "kill-switch";

  /** Creates the gate. */
  public KillSwitchGate() {
  }

  @Override
  public GateCheck check(GateInput input) {
    Args.notNull(input, "input");
    String strategy = input.order().strategyId();
    if (input.state().globalKill()) {
      return GateCheck.reject(NAME, ReasonCode.KILL_SWITCH, "the global kill switch is on");
    }
    if (input.state().isKilled(strategy)) {
      return GateCheck.reject(NAME, ReasonCode.KILL_SWITCH, "the kill switch of strategy " + strategy
          + " is on");
    }
    return GateCheck.approve(NAME, input.order().quantity(), "no kill switch on for " + strategy);
  }

  @Override
  public String name() {
    return NAME;
  }
}
