package io.quantor.backtest.walkforward;

import java.util.Objects;

/**
 * What one strategy run over one window produced: its per-bar returns and its trade count.
 *
 * @param returns the simple return of each bar of the window, finite; the array is not copied, so the
 *     evaluator must not reuse it
 * @param trades the number of round-trip trades closed in the window, {@code >= 0}
 * @param winningTrades how many of them made money, {@code 0 <= winningTrades <= trades}
 */
public record Evaluation(double[] returns, int trades, int winningTrades) {

  /**
   * Validates the evaluation.
   *
   * @param returns not null, every value finite
   * @param trades {@code >= 0}
   * @param winningTrades in {@code [0, trades]}
   * @throws IllegalArgumentException if an argument is invalid
   */
  public Evaluation {
    Objects.requireNonNull(returns, "returns");
    for (int i = 0; i < returns.length; i++) {
      if (!Double.isFinite(returns[i])) {
        throw new IllegalArgumentException("returns[" + i + "] must be finite, was " + returns[i]);
      }
    }
    if (trades < 0 || winningTrades < 0 || winningTrades > trades) {
      throw new IllegalArgumentException("need 0 <= winningTrades <= trades, were " + winningTrades + ", "
          + trades);
    }
  }
}
