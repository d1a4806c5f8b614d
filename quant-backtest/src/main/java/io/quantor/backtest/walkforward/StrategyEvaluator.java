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
 *   int start = Math.max(0, from - WARM_UP);              // history before the window, never after it
 *   BacktestResult r = TradingEngine.builder()
 *       .mode(RunMode.BACKTEST).bars(series.slice(start, to)).initialCash(100_000).simulator(sim)
 *       .strategy(new SmaCrossover("SPY", params.getInt("fast"), params.getInt("slow")))
 *       .build().run();
 *   double[] all = r.returns();
 *   double[] window = Arrays.copyOfRange(all, from - start, all.length);
 *   List<Trade> trades = r.trades();
 *   int wins = (int) trades.stream().filter(t -> t.netPnl() > 0).count();
 *   return new Evaluation(window, trades.size(), wins);
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
