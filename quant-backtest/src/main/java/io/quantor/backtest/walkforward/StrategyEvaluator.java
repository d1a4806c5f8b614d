package io.quantor.backtest.walkforward;

/**
 * Runs a strategy with given parameters over one window of the history and reports its returns. The
 * walk-forward calls it for every training window and parameter set, and for every test window with the
 * parameters chosen in training, from several threads at once: it must be thread-safe and must not keep
 * state between calls.
 *
 * <p>It may read bars before {@code from} to warm its indicators up, but never a bar at or after
 * {@code to}: the test windows' honesty rests on that.
 *
 * <pre>{@code
 * StrategyEvaluator evaluator = (params, from, to) -> {
 *   BacktestResult r = engineFor(params).run(series.slice(Math.max(0, from - 200), to));
 *   return new Evaluation(r.returnsOfLast(to - from), r.trades(), r.winningTrades());
 * };
 * }</pre>
 */
@FunctionalInterface
public interface StrategyEvaluator {

  /**
   * Evaluates the strategy on bars {@code [from, to)}.
   *
   * @param parameters the parameter set
   * @param from the first bar of the window (inclusive)
   * @param to the end of the window (exclusive)
   * @return {@code to - from} returns and the trade counts
   */
  Evaluation evaluate(Parameters parameters, int from, int to);
}
