package io.quantor.risk.gate;

import io.quantor.core.internal.Args;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The gates' state, as an immutable value: the kill switches and the circuit breaker's count and halt.
 * The pipeline takes it as an input and returns it (possibly changed) with each decision, so a journal
 * that records the state beside the order, the portfolio snapshot and the market context can replay
 * every decision exactly. Nothing in the gates is hidden or mutable.
 *
 * <p>Transitions: the operator turns kill switches on and off ({@link #withGlobalKill(boolean)},
 * {@link #killStrategy(String)}, {@link #reviveStrategy(String)}); the engine reports each closed trade to
 * {@link CircuitBreakerGate#recordTrade(GateState, double, Instant)}; the pipeline clears a halt whose
 * cool-down has elapsed ({@link #expire(Instant)}).
 *
 * <pre>{@code
 * GateState state = GateState.initial().killStrategy("momentum");
 * GateOutcome out = pipeline.evaluate(order, book.snapshot(), market, state);
 * state = out.state();
 * }</pre>
 *
 * @param globalKill whether the global kill switch is on (every order rejected)
 * @param killedStrategies the strategies whose kill switch is on
 * @param consecutiveLosses the losing trades in a row since the last win or the last trip, {@code >= 0}
 * @param haltedUntil when the circuit breaker's cool-down ends, if it is tripped
 */
public record GateState(boolean globalKill, Set<String> killedStrategies, int consecutiveLosses,
    Optional<Instant> haltedUntil) {

  private static final GateState INITIAL = new GateState(false, Set.of(), 0, Optional.empty());

  /**
   * Validates and copies.
   *
   * @param globalKill the global kill switch
   * @param killedStrategies the killed strategies, not null, no null element
   * @param consecutiveLosses the loss count, {@code >= 0}
   * @param haltedUntil the end of the cool-down, not null (empty if not tripped)
   * @throws IllegalArgumentException if an argument is invalid
   */
  public GateState {
    for (String s : Args.notNull(killedStrategies, "killedStrategies")) {
      Args.notNull(s, "killedStrategies element");
    }
    killedStrategies = Set.copyOf(killedStrategies);
    Args.atLeast(consecutiveLosses, 0, "consecutiveLosses");
    Args.notNull(haltedUntil, "haltedUntil");
  }

  /**
   * No kill switch on, no loss counted, no halt.
   *
   * @return the initial state
   */
  public static GateState initial() {
    return INITIAL;
  }

  /**
   * This state with the global kill switch on or off.
   *
   * @param on whether every order is to be rejected
   * @return the new state
   */
  public GateState withGlobalKill(boolean on) {
    return new GateState(on, killedStrategies, consecutiveLosses, haltedUntil);
  }

  /**
   * This state with a strategy's kill switch on.
   *
   * @param strategyId the strategy
   * @return the new state
   * @throws IllegalArgumentException if {@code strategyId} is null
   */
  public GateState killStrategy(String strategyId) {
    Set<String> s = new HashSet<>(killedStrategies);
    s.add(Args.notNull(strategyId, "strategyId"));
    return new GateState(globalKill, s, consecutiveLosses, haltedUntil);
  }

  /**
   * This state with a strategy's kill switch off.
   *
   * @param strategyId the strategy
   * @return the new state
   * @throws IllegalArgumentException if {@code strategyId} is null
   */
  public GateState reviveStrategy(String strategyId) {
    Set<String> s = new HashSet<>(killedStrategies);
    s.remove(Args.notNull(strategyId, "strategyId"));
    return new GateState(globalKill, s, consecutiveLosses, haltedUntil);
  }

  /**
   * Whether orders of a strategy are killed, globally or for the strategy.
   *
   * @param strategyId the strategy
   * @return true if the global switch or the strategy's is on
   * @throws IllegalArgumentException if {@code strategyId} is null
   */
  public boolean isKilled(String strategyId) {
    return globalKill || killedStrategies.contains(Args.notNull(strategyId, "strategyId"));
  }

  /**
   * This state with another loss count.
   *
   * @param losses the losing trades in a row, {@code >= 0}
   * @return the new state
   * @throws IllegalArgumentException if {@code losses < 0}
   */
  public GateState withConsecutiveLosses(int losses) {
    return new GateState(globalKill, killedStrategies, losses, haltedUntil);
  }

  /**
   * This state halted by the circuit breaker until a time.
   *
   * @param until the end of the cool-down
   * @return the new state
   * @throws IllegalArgumentException if {@code until} is null
   */
  public GateState haltUntil(Instant until) {
    return new GateState(globalKill, killedStrategies, consecutiveLosses,
        Optional.of(Args.notNull(until, "until")));
  }

  /**
   * Whether the circuit breaker halts trading at a time: tripped, and the time before the end of the
   * cool-down.
   *
   * @param time the time
   * @return true while cooling down
   * @throws IllegalArgumentException if {@code time} is null
   */
  public boolean isHalted(Instant time) {
    Args.notNull(time, "time");
    return haltedUntil.isPresent() && time.isBefore(haltedUntil.get());
  }

  /**
   * This state at a time: a halt whose cool-down has ended (at or before {@code time}) is cleared.
   *
   * @param time the time
   * @return the state, this one if nothing expired
   * @throws IllegalArgumentException if {@code time} is null
   */
  public GateState expire(Instant time) {
    Args.notNull(time, "time");
    if (haltedUntil.isPresent() && !time.isBefore(haltedUntil.get())) {
      return new GateState(globalKill, killedStrategies, consecutiveLosses, Optional.empty());
    }
    return this;
  }
}
