/**
 * Reports of a backtest: a self-contained HTML tear sheet and a JSON result.
 *
 * <p>{@link io.quantor.backtest.report.TearSheet} takes a strategy's per-bar returns (and optionally a
 * benchmark's, a walk-forward result, the trades, the validation statistics of a
 * {@link io.quantor.backtest.report.ValidationSummary} and extra text sections) and writes one HTML page
 * that needs no network to view: styles are inline and the charts, drawn with XChart, are PNG images
 * embedded as {@code data:} URLs. The page shows a summary table (CAGR, volatility, Sharpe, Sortino,
 * Calmar, maximum drawdown with its dates, alpha and beta against the benchmark), the equity curve
 * against the benchmark, the underwater curve and the five deepest drawdowns, a heat map of monthly
 * returns, a per-year table, the rolling Sharpe ratio, the distribution of returns, the walk-forward
 * folds with the verdict and its reasons, the validation statistics and the trade list.
 * {@link io.quantor.backtest.report.TearSheet#json()} gives the same results as JSON (Jackson; NaN as
 * {@code null}).
 *
 * <p>Metrics come from {@code io.quantor.backtest.metrics} (empyrical's formulas), the walk-forward from
 * {@code io.quantor.backtest.walkforward} and the statistics from {@code io.quantor.backtest.validation};
 * this package computes nothing new, it lays results out. Output is deterministic: the same input gives
 * the same bytes.
 *
 * <pre>{@code
 * WalkForwardResult wf = WalkForward.builder(evaluator).parameters(grid).build().run(times);
 * TearSheet sheet = TearSheet.builder("Momentum on ORCL")
 *     .returns(times, strategyReturns)              // one simple return per bar
 *     .benchmark("YHOO", benchmarkReturns)
 *     .walkForward(wf)
 *     .trades(trades)
 *     .validation(ValidationSummary.of(strategyReturns, trialSharpes, Pbo.of(8).compute(matrix),
 *         Bootstrap.stationary(42).sharpe(strategyReturns)))
 *     .section("Regret against baselines", regretText)
 *     .build();
 * sheet.write(Path.of("tearsheet.html"));
 * Files.writeString(Path.of("tearsheet.json"), sheet.json());
 * }</pre>
 */
package io.quantor.backtest.report;
