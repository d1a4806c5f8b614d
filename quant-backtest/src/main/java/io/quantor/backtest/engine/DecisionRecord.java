package io.quantor.backtest.engine;

import io.quantor.core.internal.Args;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One decision of a strategy, as it goes to the journal: when, which strategy, at which bar, about which
 * instrument, the order it led to (if any), what was decided and why, as stable reason codes, and the
 * model's confidence (if it gives one). Immutable. The fields match the journal's
 * {@code io.quantor.broker.journal.Decision}, plus the engine's bar index.
 *
 * <pre>{@code
 * DecisionRecord hold = new DecisionRecord(t, "sma", 57, "SPY", "", "HOLD", List.of("NO_CROSS"),
 *     Double.NaN);
 * }</pre>
 *
 * @param time the bar time the decision was taken at
 * @param strategyId the strategy's id, not blank
 * @param barIndex the engine's bar index at the decision, {@code >= 0}
 * @param symbol the instrument decided about, not blank
 * @param clientOrderId the order the decision led to, or empty if none (a decision not to trade, a
 *     rejected order)
 * @param decision what was decided, for people, not blank (such as {@code "BUY 100"} or {@code "HOLD"})
 * @param reasonCodes the reason codes, none null or blank (may be empty)
 * @param confidence the model's confidence in {@code [0, 1]}, or {@code NaN} if it gives none
 */
public record DecisionRecord(Instant time, String strategyId, int barIndex, String symbol,
    String clientOrderId, String decision, List<String> reasonCodes, double confidence) {

  /**
   * Validates and copies.
   *
   * @param time not null
   * @param strategyId not blank
   * @param barIndex {@code >= 0}
   * @param symbol not blank
   * @param clientOrderId not null (may be empty)
   * @param decision not blank
   * @param reasonCodes not null, no null or blank element
   * @param confidence in {@code [0, 1]} or {@code NaN}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public DecisionRecord {
    Args.notNull(time, "time");
    check(strategyId, barIndex, symbol, clientOrderId, decision, reasonCodes, confidence);
    reasonCodes = List.copyOf(reasonCodes);
  }

  /**
   * The checks of the constructor but the time's, without building the record: the engine validates a
   * decision this way when no sink would receive it.
   */
  static void check(String strategyId, int barIndex, String symbol, String clientOrderId, String decision,
      List<String> reasonCodes, double confidence) {
    notBlank(strategyId, "strategyId");
    Args.atLeast(barIndex, 0, "barIndex");
    notBlank(symbol, "symbol");
    Args.notNull(clientOrderId, "clientOrderId");
    notBlank(decision, "decision");
    Args.notNull(reasonCodes, "reasonCodes");
    for (int i = 0, n = reasonCodes.size(); i < n; i++) {
      notBlank(reasonCodes.get(i), "reasonCodes element");
    }
    if (!Double.isNaN(confidence) && !(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT,
          "confidence must be in [0, 1] or NaN, was %s", confidence));
    }
  }

  static String notBlank(String value, String name) {
    if (Args.notNull(value, name).isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, was '" + value + "'");
    }
    return value;
  }
}
