package io.quantor.backtest.walkforward;

import java.util.List;
import java.util.Objects;

/**
 * Whether a walk-forward accepts the strategy, the figures it judged and the reasons in words.
 *
 * @param accepted true if every condition of the {@link GatingRule} holds
 * @param medianOutOfSampleSharpe the median of the folds' out-of-sample Sharpe ratios
 * @param outOfSampleWinRate the share of winning out-of-sample trades, {@code NaN} without trades
 * @param outOfSampleTrades the number of out-of-sample trades
 * @param reasons why it was accepted (one line) or every condition that failed; copied, unmodifiable
 */
public record Verdict(boolean accepted, double medianOutOfSampleSharpe, double outOfSampleWinRate,
    long outOfSampleTrades, List<String> reasons) {

  /**
   * Copies the reasons.
   *
   * @param accepted the decision
   * @param medianOutOfSampleSharpe the median Sharpe
   * @param outOfSampleWinRate the win rate
   * @param outOfSampleTrades {@code >= 0}
   * @param reasons not null or empty
   * @throws IllegalArgumentException if there is no reason or the trade count is negative
   */
  public Verdict {
    reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
    if (reasons.isEmpty() || outOfSampleTrades < 0) {
      throw new IllegalArgumentException("a verdict needs a reason and a trade count >= 0");
    }
  }
}
