/**
 * Vectorized backtests for fast parameter sweeps: target positions (or weights of equity) per bar, with
 * the opens and closes, become positions, cash, fees, equity and returns in one primitive loop with no
 * allocation per bar ({@link io.quantor.backtest.vector.VectorBacktest},
 * {@link io.quantor.backtest.vector.VectorResult}); {@link io.quantor.backtest.vector.TargetPositions}
 * turns signal arrays into targets.
 *
 * <p><b>Covered strategies</b>: one instrument, target positions decided at a bar's close and reached
 * with a market order that fills in full at the next bar's open, with the simulator's fixed-bps slippage
 * and bps or per-share commission. For those, the equity curve equals the event-driven engine's
 * ({@link io.quantor.backtest.engine.TradingEngine} in BACKTEST mode with
 * {@link io.quantor.backtest.vector.VectorBacktest#simulator()}) within 1e-9 relative at every bar. Limit
 * and stop orders, partial fills (participation caps), several instruments and options need the engine.
 *
 * <p><b>Example</b>: the SMA crossover of the engine's package example, swept over its two periods.
 * <pre>{@code
 * double[] open = spy.opens();
 * double[] close = spy.closes();
 * VectorBacktest bt = VectorBacktest.builder()
 *     .initialCash(100_000).slippageBps(2).commissionPerShare(0.005, 1.00, 0.01).build();
 * double[] equity = new double[close.length];
 * int bestFast = 0;
 * int bestSlow = 0;
 * double best = Double.NEGATIVE_INFINITY;
 * for (int fast = 5; fast <= 30; fast += 5) {
 *   double[] f = Indicators.sma(close, fast);
 *   for (int slow = 40; slow <= 200; slow += 10) {
 *     double[] target = TargetPositions.crossover(f, Indicators.sma(close, slow), 100);
 *     bt.equity(open, close, target, equity);       // into a reused array: no allocation
 *     if (equity[equity.length - 1] > best) {
 *       best = equity[equity.length - 1];
 *       bestFast = fast;
 *       bestSlow = slow;
 *     }
 *   }
 * }
 * VectorResult r = bt.run(open, close, TargetPositions.crossover(Indicators.sma(close, bestFast),
 *     Indicators.sma(close, bestSlow), 100));
 * MetricsReport report = MetricsReport.of(r.returns());
 * }</pre>
 */
package io.quantor.backtest.vector;
