package io.quantor.backtest.engine;

import io.quantor.core.internal.Args;
import java.time.Instant;
import java.util.List;

/**
 * One decision of a strategy, as it goes to the journal: when, which strategy, at which bar, what was
 * decided and why, as stable reason codes. Immutable.
 *
 * <pre>{@code
 * DecisionRecord r = new DecisionRecord(t, "sma", 57, "enter long SPY", List.of("SMA_CROSS_UP"));
 * }</pre>
 *
 * @param time the bar time the decision was taken at
 * @param strategyId the strategy's id, not blank
 * @param barIndex the engine's bar index at the decision, {@code >= -1} (-1 before the first bar)
 * @param decision what was decided, for people, not blank
 * @param reasonCodes the reason codes, none null or blank (may be empty)
 */
public record DecisionRecord(Instant time, String strategyId, int barIndex, String decision,
    List<String> reasonCodes) {

  /**
   * Validates and copies.
   *
   * @param time not null
   * @param strategyId not blank
   * @param barIndex {@code >= -1}
   * @param decision not blank
   * @param reasonCodes not null, no null or blank element
   * @throws IllegalArgumentException if an argument is invalid
   */
  public DecisionRecord {
    Args.notNull(time, "time");
    notBlank(strategyId, "strategyId");
    Args.atLeast(barIndex, -1, "barIndex");
    notBlank(decision, "decision");
    Args.notNull(reasonCodes, "reasonCodes");
    for (String code : reasonCodes) {
      notBlank(code, "reasonCodes element");
    }
    reasonCodes = List.copyOf(reasonCodes);
  }

  static String notBlank(String value, String name) {
    if (Args.notNull(value, name).isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, was '" + value + "'");
    }
    return value;
  }
}
