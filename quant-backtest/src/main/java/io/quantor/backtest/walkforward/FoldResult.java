package io.quantor.backtest.walkforward;

import java.util.Objects;

/**
 * One fold's outcome: the parameters training chose and how they did out of sample.
 *
 * @param fold the fold
 * @param chosen the parameter set with the best training objective (the first one on ties)
 * @param inSampleObjective the chosen set's training objective
 * @param outOfSampleSharpe the annualized Sharpe ratio of the test window's returns (0 when they do not
 *     vary)
 * @param outOfSampleReturn the compounded return of the test window
 * @param trades the test window's closed trades
 * @param winningTrades the test window's winning trades
 */
public record FoldResult(Fold fold, Parameters chosen, double inSampleObjective, double outOfSampleSharpe,
    double outOfSampleReturn, int trades, int winningTrades) {

  /**
   * Validates the result.
   *
   * @param fold not null
   * @param chosen not null
   * @param inSampleObjective any value (NaN when the objective was undefined for every set)
   * @param outOfSampleSharpe finite
   * @param outOfSampleReturn finite
   * @param trades {@code >= 0}
   * @param winningTrades in {@code [0, trades]}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public FoldResult {
    Objects.requireNonNull(fold, "fold");
    Objects.requireNonNull(chosen, "chosen");
    if (!Double.isFinite(outOfSampleSharpe) || !Double.isFinite(outOfSampleReturn) || trades < 0
        || winningTrades < 0 || winningTrades > trades) {
      throw new IllegalArgumentException("invalid out-of-sample figures for fold " + fold.index());
    }
  }
}
