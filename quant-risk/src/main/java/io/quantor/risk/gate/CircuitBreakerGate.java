package io.quantor.risk.gate;

import io.quantor.core.internal.Args;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Halts new risk after {@code maxConsecutiveLosses} losing trades in a row, for a cool-down period
 * ({@link ReasonCode#CIRCUIT_BREAKER}). While halted, orders that only reduce a position still pass (the
 * strategy may exit); everything else is rejected.
 *
 * <p>The count and the halt live in the {@link GateState}. The engine reports each closed trade with
 * {@link #recordTrade(GateState, double, Instant)}: a loss ({@code pnl < 0}) adds one; any other result
 * resets the count; the loss that reaches the maximum trips the breaker, halting until
 * {@code time + coolDown} and resetting the count, so after the cool-down the strategy starts afresh.
 *
 * <pre>{@code
 * CircuitBreakerGate breaker = new CircuitBreakerGate(3, Duration.ofHours(24));
 * state = breaker.recordTrade(state, -120.0, closedAt);
 * }</pre>
 */
public final class CircuitBreakerGate implements PreTradeGate {

  /** The gate's name: {@value}. */
  public static final String NAME = "circuit-breaker";

  private final int maxConsecutiveLosses;
  private final Duration coolDown;

  /**
   * Creates the gate.
   *
   * @param maxConsecutiveLosses the losing trades in a row that trip the breaker, {@code >= 1}
   * @param coolDown how long the breaker halts trading, {@code > 0}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public CircuitBreakerGate(int maxConsecutiveLosses, Duration coolDown) {
    this.maxConsecutiveLosses = Args.atLeast(maxConsecutiveLosses, 1, "maxConsecutiveLosses");
    Args.notNull(coolDown, "coolDown");
    if (coolDown.isNegative() || coolDown.isZero()) {
      throw new IllegalArgumentException("coolDown must be > 0, was " + coolDown);
    }
    this.coolDown = coolDown;
  }

  /**
   * The state after a closed trade.
   *
   * @param state the state now
   * @param pnl the trade's P&amp;L, not NaN; negative is a loss
   * @param time when the trade closed
   * @return the new state
   * @throws IllegalArgumentException if an argument is null or {@code pnl} is NaN
   */
  public GateState recordTrade(GateState state, double pnl, Instant time) {
    Args.notNull(state, "state");
    Args.notNull(time, "time");
    if (Double.isNaN(pnl)) {
      throw new IllegalArgumentException("pnl must not be NaN, was NaN");
    }
    if (!(pnl < 0)) {
      return state.withConsecutiveLosses(0);
    }
    int losses = state.consecutiveLosses() + 1;
    if (losses >= maxConsecutiveLosses) {
      return state.withConsecutiveLosses(0).haltUntil(time.plus(coolDown));
    }
    return state.withConsecutiveLosses(losses);
  }

  @Override
  public GateCheck check(GateInput input) {
    Args.notNull(input, "input");
    GateState s = input.state();
    double quantity = input.order().quantity();
    if (!s.isHalted(input.market().time())) {
      return GateCheck.approve(NAME, quantity, String.format(Locale.ROOT,
          "%d consecutive losses, trips at %d", s.consecutiveLosses(), maxConsecutiveLosses));
    }
    String halted = String.format(Locale.ROOT, "halted until %s after %d consecutive losses",
        s.haltedUntil().get(), maxConsecutiveLosses);
    if (input.isReducing(quantity)) {
      return GateCheck.approve(NAME, quantity, halted + "; the order only reduces the position");
    }
    return GateCheck.reject(NAME, ReasonCode.CIRCUIT_BREAKER, halted);
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * The losses in a row that trip the breaker.
   *
   * @return the count
   */
  public int maxConsecutiveLosses() {
    return maxConsecutiveLosses;
  }

  /**
   * The halt's duration.
   *
   * @return the cool-down
   */
  public Duration coolDown() {
    return coolDown;
  }
}
